public import EntenteLaw

extension CustomLawReport {
    /// The judgement as text: outcome, conditions, sensitivity, grid, would_change, evidence, explanation.
    public func text() -> String {
        let f = Self.figure
        var out = "customary_law: \(rule)\(title.isEmpty ? "" : " — \(title)")\n"
        out += "outcome: \(outcome)\n"
        out += "scope: \(scope), as of \(asOf)\(stateConcerned.map { ", state concerned \($0)" } ?? "")\n"
        out +=
            "crystallised: \(crystallisationYear.map(String.init) ?? "no")   tipping point (1/3 accept): \(tippingPointYear.map(String.init) ?? "not reached")\n"
        out += "\nconditions:\n"
        let width = conditions.map(\.code.count).max() ?? 0
        for c in conditions {
            out += "  \(c.code.padded(to: width))  \(c.status.label.padded(to: 14)) \(c.detail)\n"
            out += "  \("".padded(to: width))  provision: \(c.provision)\n"
            if !c.facts.isEmpty {
                out +=
                    "  \("".padded(to: width))  facts used: "
                    + c.facts.map { "\($0.name) = \($0.value)" }.joined(separator: "; ") + "\n"
            }
        }
        out += "\nsensitivity (range over which the outcome holds, others fixed):\n"
        for r in sensitivity {
            let show = { (v: Double?) in
                CustomThresholds.countsYears(r.threshold) ? v.map { String(Int($0)) } ?? "n/a" : f(v)
            }
            out +=
                "  \(r.threshold.padded(to: 20)) \(show(r.value))  holds on [\(show(r.holdsFrom)), \(show(r.holdsTo))]\n"
        }
        out +=
            "\ngrid (rows \(grid.rows), columns \(grid.columns)):\n       "
            + grid.values.map { f($0).padded(to: 8) }.joined() + "\n"
        for (i, row) in grid.outcomes.enumerated() {
            out += "  \(f(grid.values[i]).padded(to: 5))" + row.map { Self.short($0).padded(to: 8) }.joined() + "\n"
        }
        out +=
            "  (E established, N not established, M emerging, O established not opposable, P particular established, Q particular not established, ? unknown)\n"
        out += "\nwould_change:\n"
        for w in wouldChange { out += "  - \(w)\n" }
        out += "\nevidence by state:\n  state  region          conf  contr  breach  practises  accept  objection\n"
        for r in evidence {
            let objection =
                r.objectionSince.map {
                    "since \($0)\(r.objectionMaintained == true ? "" : " (dropped)")\(r.persistentObjector ? " exempt" : "")"
                } ?? "-"
            out +=
                "  \(r.state.padded(to: 6)) \(r.region.padded(to: 15)) \(String(r.conforming).padded(to: 5)) "
                + "\(String(r.contrary).padded(to: 6)) \(String(r.contraryTreatedAsBreach).padded(to: 7)) "
                + "\((r.practises ? "yes" : "no").padded(to: 10)) \(f(r.acceptance).padded(to: 7)) \(objection)\n"
        }
        out += "\nexplanation:\n"
        for e in explanation { out += "  \(e)\n" }
        return out
    }

    /// A share or threshold to two decimals as the reports show it (`0.67`, `1.0`), `n/a` when undefined.
    static func figure(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "n/a" }
        return String((v * 100).rounded() / 100)
    }

    /// One letter per outcome for the grid.
    static func short(_ outcome: String) -> String {
        switch outcome {
        case "established": "E"
        case "not_established": "N"
        case "emerging": "M"
        case "established_not_opposable": "O"
        case "particular_custom_established": "P"
        case "particular_custom_not_established": "Q"
        default: "?"
        }
    }
}
