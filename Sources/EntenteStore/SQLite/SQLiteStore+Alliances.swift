public import EntenteCore
import GRDB

extension SQLiteStore {
    public func alliances(of state: CowCode, year: Int) async throws(EntenteError) -> AllianceReport {
        let directory = try await directory()
        guard let info = directory.state(state) else {
            throw EntenteError(.unknownState, "No state has COW number \(state).")
        }
        guard AllianceAnswers.atopSpan.contains(year: year) else { return AllianceAnswers.uncovered(info, year: year) }
        return try await read { db in
            let pairs = try Row.fetchAll(
                db,
                sql: """
                    SELECT o.ccode2 AS partner,
                           o.atop_defense AS d, o.atop_offense AS f, o.atop_neutral AS n, o.atop_nonagg AS a, o.atop_consul AS c,
                           r.atop_defense AS rd, r.atop_offense AS rf, r.atop_neutral AS rn, r.atop_nonagg AS ra, r.atop_consul AS rc
                    FROM atop_ddyr o LEFT JOIN atop_ddyr r ON r.ccode1 = o.ccode2 AND r.ccode2 = o.ccode1 AND r.year = o.year
                    WHERE o.ccode1 = ? AND o.year = ?
                    ORDER BY o.ccode2
                    """, arguments: [state.rawValue, year])
            let links = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.atopid AS atopid, b.member AS partner FROM atop_member a JOIN atop_member b ON a.atopid = b.atopid
                    WHERE a.member = ? AND b.member <> a.member AND a.yrent <= ? AND (a.yrexit = 0 OR a.yrexit >= ?)
                      AND b.yrent <= ? AND (b.yrexit = 0 OR b.yrexit >= ?)
                    """, arguments: [state.rawValue, year, year, year, year])
            return AllianceAnswers.report(info, year: year, pairs: pairs, links: links, directory: directory)
        }
    }
}
