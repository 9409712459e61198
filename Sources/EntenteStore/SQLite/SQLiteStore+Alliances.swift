public import EntenteCore
import EntenteData
import GRDB

extension SQLiteStore {
    /// ATOP's directed dyad-years, from the catalogue: outside them obligations are unknown, not absent.
    static let atopSpan = DatasetCatalog.knowledgeCoverage.alliances

    /// The coverage sentence of every alliance report, from the catalogue.
    static let atopCoverage: String = {
        let version = DatasetCatalog.source("atop-5.1")?.version ?? ""
        return "ATOP \(version) covers \(atopSpan.text)"
    }()

    public func alliances(of state: CowCode, year: Int) async throws(EntenteError) -> AllianceReport {
        let directory = try await directory()
        guard let info = directory.state(state) else {
            throw EntenteError(.unknownState, "No state has COW number \(state).")
        }
        let coverage = Self.atopCoverage
        guard Self.atopSpan.contains(year: year) else {
            return AllianceReport(state: info, year: year, covered: false, coverage: coverage, obligations: [])
        }
        let rows = try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.ccode2 AS partner,
                           o.atop_defense AS d, o.atop_offense AS f, o.atop_neutral AS n, o.atop_nonagg AS a, o.atop_consul AS c,
                           r.atop_defense AS rd, r.atop_offense AS rf, r.atop_neutral AS rn, r.atop_nonagg AS ra, r.atop_consul AS rc
                    FROM atop_ddyr o LEFT JOIN atop_ddyr r ON r.ccode1 = o.ccode2 AND r.ccode2 = o.ccode1 AND r.year = o.year
                    WHERE o.ccode1 = ? AND o.year = ?
                    ORDER BY o.ccode2
                    """, arguments: [state.rawValue, year]
            ).map { row -> (Int, Obligations, Obligations) in
                func flags(_ prefix: String) -> Obligations {
                    var value = Obligations()
                    for (key, flag) in zip(
                        ["d", "f", "n", "a", "c"],
                        [Obligations.defense, .offense, .neutrality, .nonAggression, .consultation])
                    where (row[prefix + key] as Int?) == 1 { value.insert(flag) }
                    return value
                }
                return (row["partner"], flags(""), flags("r"))
            }
        }
        let atop = try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.atopid AS atopid, b.member AS partner FROM atop_member a JOIN atop_member b ON a.atopid = b.atopid
                    WHERE a.member = ? AND b.member <> a.member AND a.yrent <= ? AND (a.yrexit = 0 OR a.yrexit >= ?)
                      AND b.yrent <= ? AND (b.yrexit = 0 OR b.yrexit >= ?)
                    """, arguments: [state.rawValue, year, year, year, year]
            ).map { ($0["partner"] as Int, $0["atopid"] as Int) }
        }
        var ids: [Int: [Int]] = [:]
        for (partner, atopid) in atop where !(ids[partner]?.contains(atopid) ?? false) {
            ids[partner, default: []].append(atopid)
        }
        let obligations = rows.compactMap { partner, owes, owed -> AllianceObligation? in
            guard let partnerInfo = directory.state(CowCode(partner)), !owes.isEmpty || !owed.isEmpty else {
                return nil
            }
            return AllianceObligation(
                partner: partnerInfo, owes: owes.names, owed: owed.names, atopIDs: (ids[partner] ?? []).sorted())
        }
        return AllianceReport(state: info, year: year, covered: true, coverage: coverage, obligations: obligations)
    }
}
