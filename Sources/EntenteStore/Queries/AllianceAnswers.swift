import EntenteCore
import EntenteData

/// How ATOP rows become a state's alliance report, shared by every backend; each selects the rows.
enum AllianceAnswers {
    /// ATOP's directed dyad-years, from the catalogue: outside them obligations are unknown, not absent.
    static let atopSpan = DatasetCatalog.knowledgeCoverage.alliances

    /// The coverage sentence of every alliance report, from the catalogue.
    static let coverage: String = {
        let version = DatasetCatalog.source("atop-5.1")?.version ?? ""
        return "ATOP \(version) covers \(atopSpan.text)"
    }()

    /// The obligations in the order of ATOP's dyad-year columns `atop_defense`, `atop_offense`,
    /// `atop_neutral`, `atop_nonagg`, `atop_consul`.
    static let flagOrder: [Obligations] = [.defense, .offense, .neutrality, .nonAggression, .consultation]

    /// The report for a year outside ATOP's coverage: unknown, not none.
    static func uncovered(_ state: StateInfo, year: Int) -> AllianceReport {
        AllianceReport(state: state, year: year, covered: false, coverage: coverage, obligations: [])
    }

    /// The report of a covered year.
    ///
    /// - Parameters:
    ///   - pairs: the state's dyad-years, ordered by partner: `partner`, its flags `d f n a c` (what
    ///     the state owes) and `rd rf rn ra rc` (what the partner owes, from the reverse dyad).
    ///   - links: ATOP alliances both belong to in the year: `partner`, `atopid`.
    static func report(
        _ state: StateInfo, year: Int, pairs: [some RecordRow], links: [some RecordRow], directory: StateDirectory
    ) -> AllianceReport {
        var ids: [Int: [Int]] = [:]
        for row in links {
            guard let partner = row.int("partner"), let atopid = row.int("atopid") else { continue }
            if !(ids[partner]?.contains(atopid) ?? false) { ids[partner, default: []].append(atopid) }
        }
        let obligations = pairs.compactMap { row -> AllianceObligation? in
            let owes = flags(row, prefix: "")
            let owed = flags(row, prefix: "r")
            guard let partner = row.int("partner"), let info = directory.state(CowCode(partner)),
                !owes.isEmpty || !owed.isEmpty
            else { return nil }
            return AllianceObligation(
                partner: info, owes: owes.names, owed: owed.names, atopIDs: (ids[partner] ?? []).sorted())
        }
        return AllianceReport(state: state, year: year, covered: true, coverage: coverage, obligations: obligations)
    }

    private static func flags(_ row: some RecordRow, prefix: String) -> Obligations {
        var value = Obligations()
        for (key, flag) in zip(["d", "f", "n", "a", "c"], flagOrder) where row.int(prefix + key) == 1 {
            value.insert(flag)
        }
        return value
    }
}
