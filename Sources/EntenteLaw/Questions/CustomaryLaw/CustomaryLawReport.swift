extension CustomAssessment {
    /// The answer as text.
    public func text() -> String {
        let f = Self.fmt
        var out = "customary_law: \(rule)\(title.isEmpty ? "" : " — \(title)")\n"
        out += "outcome: \(outcome)\n"
        out += "scope: \(scope.rawValue), as of \(asOf)\(stateConcerned.map { ", state concerned \($0)" } ?? "")\n"
        out +=
            "crystallised: \(crystallisation.map(String.init) ?? "no")   tipping point (1/3 accept): \(tippingYear.map(String.init) ?? "not reached")\n"
        out += "\nconditions:\n"
        let width = conditions.map(\.code.count).max() ?? 0
        for c in conditions {
            out += "  \(c.code.padded(width))  \(c.status.label.padded(14)) \(c.detail)\n"
        }
        out += "\nsensitivity (range over which the outcome holds, others fixed):\n"
        for r in sensitivity {
            let show = { (v: Double) in r.name == "duration_years" ? String(Int(v)) : f(v) }
            out += "  \(r.name.padded(20)) \(show(r.value))  holds on [\(show(r.low)), \(show(r.high))]\n"
        }
        out +=
            "\ngrid (rows generality, columns opinio_juris):\n       " + gridValues.map { f($0).padded(8) }.joined()
            + "\n"
        for (i, row) in grid.enumerated() {
            out += "  \(f(gridValues[i]).padded(5))" + row.map { Self.short($0).padded(8) }.joined() + "\n"
        }
        out +=
            "  (E established, N not established, M emerging, O established not opposable, P particular established, Q particular not established, ? unknown)\n"
        out += "\nwould_change:\n"
        for w in wouldChange { out += "  - \(w)\n" }
        out += "\nevidence by state:\n  state  region          conf  contr  breach  practises  accept  objection\n"
        for r in table {
            let obj =
                r.objectionSince.map {
                    "since \($0)\(r.objectionMaintained == true ? "" : " (dropped)")\(r.exempt ? " exempt" : "")"
                } ?? "-"
            out +=
                "  \(r.state.padded(6)) \(r.region.padded(15)) \(String(r.conforming).padded(5)) \(String(r.contrary).padded(6)) \(String(r.contraryTreatedAsBreach).padded(7)) \((r.practises ? "yes" : "no").padded(10)) \(f(r.acceptance).padded(7)) \(obj)\n"
        }
        out += "\nexplanation:\n"
        for e in explanation { out += "  \(e)\n" }
        return out
    }

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

    /// The answer as JSON, keys in a fixed order.
    public func json() -> String {
        var w = JSONWriter()
        func num(_ v: Double) -> String { v.isNaN ? "null" : Self.fmt(v) }
        w.open("{")
        w.string("customary_law", key: "question")
        w.string(rule, key: "rule")
        w.string(title, key: "title")
        w.string(scope.rawValue, key: "scope")
        w.raw(String(asOf), key: "as_of")
        w.string(stateConcerned, key: "state_concerned")
        w.string(outcome, key: "outcome")
        w.raw(crystallisation.map(String.init) ?? "null", key: "crystallisation_year")
        w.raw(tippingYear.map(String.init) ?? "null", key: "tipping_point_year")
        w.open("[", key: "conditions")
        for c in conditions {
            w.open("{")
            w.string(c.code, key: "code")
            w.string(c.status.label, key: "status")
            w.string(c.detail, key: "detail")
            w.close("}")
        }
        w.close("]")
        w.open("{", key: "thresholds")
        for name in CustomThresholds.all { w.raw(num(thresholds[name]), key: name) }
        w.close("}")
        w.open("[", key: "sensitivity")
        for r in sensitivity {
            w.open("{")
            w.string(r.name, key: "threshold")
            w.raw(num(r.value), key: "value")
            w.raw(num(r.low), key: "holds_from")
            w.raw(num(r.high), key: "holds_to")
            w.close("}")
        }
        w.close("]")
        w.open("{", key: "grid")
        w.string("generality", key: "rows")
        w.string("opinio_juris", key: "columns")
        w.raw("[" + gridValues.map(num).joined(separator: ", ") + "]", key: "values")
        w.open("[", key: "outcomes")
        for row in grid { w.raw("[" + row.map(JSONWriter.quote).joined(separator: ", ") + "]") }
        w.close("]")
        w.close("}")
        w.open("[", key: "would_change")
        for c in wouldChange { w.string(c) }
        w.close("]")
        w.raw("[" + binds.map(JSONWriter.quote).joined(separator: ", ") + "]", key: "binds")
        w.open("[", key: "evidence")
        for r in table {
            w.open("{")
            w.string(r.state, key: "state")
            w.string(r.region, key: "region")
            w.raw(String(r.conforming), key: "conforming")
            w.raw(String(r.contrary), key: "contrary")
            w.raw(String(r.contraryTreatedAsBreach), key: "contrary_treated_as_breach")
            w.raw(String(r.practises), key: "practises")
            w.raw(num(r.acceptance), key: "acceptance")
            w.raw("[" + r.forms.map(JSONWriter.quote).joined(separator: ", ") + "]", key: "opinio_forms")
            w.raw(r.objectionSince.map(String.init) ?? "null", key: "objection_since")
            w.raw(String(r.exempt), key: "persistent_objector")
            w.close("}")
        }
        w.close("]")
        w.open("[", key: "timeline")
        for p in timeline {
            w.raw("{\"year\": \(p.year), \"practice\": \(num(p.practice)), \"acceptance\": \(num(p.acceptance))}")
        }
        w.close("]")
        w.open("[", key: "explanation")
        for e in explanation { w.string(e) }
        w.close("]")
        w.close("}")
        return w.text + "\n"
    }

    /// The answer as a standalone HTML page with an inline SVG chart of the norm life cycle.
    public func html() -> String {
        func esc(_ s: String) -> String {
            var out = ""
            for ch in s {
                switch ch {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                default: out.append(ch)
                }
            }
            return out
        }
        let f = Self.fmt
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>customary_law: \(esc(rule)): \(esc(outcome))</title>
            <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .4rem;vertical-align:top}
            .met{color:#176117}.not_met{color:#a11}.unknown{color:#8a6d00}.not_applicable{color:#666}</style></head><body>

            """
        out += "<h1>customary_law: \(esc(rule)) — <span>\(esc(outcome))</span></h1>\n"
        if !title.isEmpty { out += "<p>\(esc(title))</p>\n" }
        out +=
            "<p>\(esc(scope.rawValue)) custom, as of \(asOf). Crystallised: \(crystallisation.map(String.init) ?? "no").</p>\n"
        out += "<h2>Norm life cycle</h2>\n" + svg() + "\n"
        out += "<h2>Conditions</h2>\n<table><tr><th>Condition</th><th>Status</th><th>Figures</th></tr>\n"
        for c in conditions {
            out +=
                "<tr><td>\(c.code)</td><td class=\"\(c.status.label)\">\(c.status.label)</td><td>\(esc(c.detail))</td></tr>\n"
        }
        out +=
            "</table>\n<h2>Sensitivity</h2>\n<table><tr><th>Threshold</th><th>Value</th><th>Outcome holds from</th><th>to</th></tr>\n"
        for r in sensitivity {
            out += "<tr><td>\(r.name)</td><td>\(f(r.value))</td><td>\(f(r.low))</td><td>\(f(r.high))</td></tr>\n"
        }
        out += "</table>\n<h3>Outcome over generality (rows) × opinio juris (columns)</h3>\n<table><tr><th></th>"
        for v in gridValues { out += "<th>\(f(v))</th>" }
        out += "</tr>\n"
        for (i, row) in grid.enumerated() {
            out += "<tr><th>\(f(gridValues[i]))</th>" + row.map { "<td>\(esc($0))</td>" }.joined() + "</tr>\n"
        }
        out += "</table>\n<h2>Would change</h2>\n<ul>\n"
        for w in wouldChange { out += "<li>\(esc(w))</li>\n" }
        out +=
            "</ul>\n<h2>Evidence by state</h2>\n<table><tr><th>State</th><th>Region</th><th>Conforming</th><th>Contrary</th><th>Treated as breach</th><th>Practises</th><th>Acceptance</th><th>Forms</th><th>Objection</th></tr>\n"
        for r in table {
            let obj = r.objectionSince.map { "since \($0)" + (r.exempt ? " (persistent objector)" : "") } ?? ""
            out +=
                "<tr><td>\(esc(r.state))</td><td>\(esc(r.region))</td><td>\(r.conforming)</td><td>\(r.contrary)</td><td>\(r.contraryTreatedAsBreach)</td><td>\(r.practises ? "yes" : "no")</td><td>\(f(r.acceptance))</td><td>\(esc(r.forms.joined(separator: ", ")))</td><td>\(obj)</td></tr>\n"
        }
        out += "</table>\n<h2>Explanation</h2>\n<ul>\n"
        for e in explanation { out += "<li>\(esc(e))</li>\n" }
        out += "</ul>\n</body></html>\n"
        return out
    }

    /// Practice and acceptance over time, with the one-third tipping point (Finnemore & Sikkink 1998)
    /// and the three stages: emergence, cascade (from the tipping point), internalisation (from crystallisation).
    public func svg() -> String {
        // Stage names sit in two rows above the plot so they never cover the lines or each other.
        let w = 640.0, h = 284.0, left = 40.0, right = 10.0, top = 34.0, bottom = 30.0
        let pw = w - left - right, ph = h - top - bottom
        guard let first = timeline.first?.year, let last = timeline.last?.year else {
            return
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(w))\" height=\"40\"><text x=\"10\" y=\"25\">no evidence</text></svg>"
        }
        let span = Double(max(1, last - first))
        func x(_ year: Int) -> Double { left + Double(year - first) / span * pw }
        func y(_ v: Double) -> Double { top + (1 - v) * ph }
        func r(_ v: Double) -> String { String((v * 10).rounded() / 10) }
        var s =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(w))\" height=\"\(Int(h))\" role=\"img\" aria-label=\"practice and acceptance over time\">\n"
        // Stages.
        let tip = tippingYear ?? last
        let cry = crystallisation ?? last
        s +=
            "<rect x=\"\(r(left))\" y=\"\(r(top))\" width=\"\(r(x(tip) - left))\" height=\"\(r(ph))\" fill=\"#f4f4f4\"/>"
        s += "<text x=\"\(r(left + 2))\" y=\"12\" font-size=\"11\">emergence</text>\n"
        if tippingYear != nil {
            s +=
                "<rect x=\"\(r(x(tip)))\" y=\"\(r(top))\" width=\"\(r(max(0, x(max(cry, tip)) - x(tip))))\" height=\"\(r(ph))\" fill=\"#fff4e0\"/>"
            s += "<text x=\"\(r(x(tip) + 2))\" y=\"26\" font-size=\"11\">cascade</text>\n"
        }
        if let c = crystallisation {
            s +=
                "<rect x=\"\(r(x(c)))\" y=\"\(r(top))\" width=\"\(r(left + pw - x(c)))\" height=\"\(r(ph))\" fill=\"#e6f4e6\"/>"
            s += "<text x=\"\(r(x(c) + 2))\" y=\"12\" font-size=\"11\">internalisation</text>\n"
        }
        // Axes and tipping line.
        s +=
            "<line x1=\"\(r(left))\" y1=\"\(r(top + ph))\" x2=\"\(r(left + pw))\" y2=\"\(r(top + ph))\" stroke=\"#333\"/>"
        s += "<line x1=\"\(r(left))\" y1=\"\(r(top))\" x2=\"\(r(left))\" y2=\"\(r(top + ph))\" stroke=\"#333\"/>\n"
        s +=
            "<line x1=\"\(r(left))\" y1=\"\(r(y(CustomaryLaw.tippingPoint)))\" x2=\"\(r(left + pw))\" y2=\"\(r(y(CustomaryLaw.tippingPoint)))\" stroke=\"#c60\" stroke-dasharray=\"4 3\"/>"
        s +=
            "<text x=\"\(r(left + pw - 120))\" y=\"\(r(y(CustomaryLaw.tippingPoint) - 4))\" font-size=\"11\" fill=\"#c60\">tipping point 1/3</text>\n"
        s +=
            "<text x=\"\(r(left - 4))\" y=\"\(r(top + 8))\" font-size=\"10\" text-anchor=\"end\">1</text><text x=\"\(r(left - 4))\" y=\"\(r(top + ph))\" font-size=\"10\" text-anchor=\"end\">0</text>\n"
        s +=
            "<text x=\"\(r(left))\" y=\"\(r(h - 10))\" font-size=\"10\">\(first)</text><text x=\"\(r(left + pw))\" y=\"\(r(h - 10))\" font-size=\"10\" text-anchor=\"end\">\(last)</text>\n"
        func line(_ values: [(Int, Double)], _ colour: String, _ name: String) -> String {
            let pts = values.map { "\(r(x($0.0))),\(r(y($0.1)))" }.joined(separator: " ")
            return
                "<polyline points=\"\(pts)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"><title>\(name)</title></polyline>\n"
        }
        s += line(timeline.map { ($0.year, $0.practice) }, "#1f5fa8", "practice (region-weighted share)")
        s += line(timeline.map { ($0.year, $0.acceptance) }, "#176117", "acceptance as law (share)")
        s +=
            "<text x=\"\(r(left + 80))\" y=\"\(r(h - 10))\" font-size=\"10\" fill=\"#1f5fa8\">practice</text><text x=\"\(r(left + 140))\" y=\"\(r(h - 10))\" font-size=\"10\" fill=\"#176117\">acceptance</text>\n"
        s += "</svg>"
        return s
    }
}

extension String {
    /// Pads with spaces to `width` characters (never truncates).
    fileprivate func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
