public import EntenteCore
import Foundation
import GRDB

extension SQLiteStore {
    public func activities(_ filter: ActivityFilter) async throws(EntenteError) -> [Activity] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let state = filter.state {
            conditions.append("id IN (SELECT activity FROM \(RecordTables.activityParticipant) WHERE ccode = ?)")
            arguments.append(state.rawValue)
        }
        if let kind = filter.kind {
            conditions.append("kind = ?")
            arguments.append(kind.rawValue)
        }
        if let from = filter.from {
            conditions.append("COALESCE(end_day, start_day) >= ?")
            arguments.append(from.iso)
        }
        if let to = filter.to {
            conditions.append("start_day <= ?")
            arguments.append(to.iso)
        }
        var selection = "SELECT * FROM \(RecordTables.activity)"
        if !conditions.isEmpty { selection += " WHERE " + conditions.joined(separator: " AND ") }
        selection += " ORDER BY start_day, id"
        if let limit = filter.limit {
            selection += " LIMIT \(max(0, limit))"
            if filter.offset > 0 { selection += " OFFSET \(filter.offset)" }
        } else if filter.offset > 0 {
            selection += " LIMIT -1 OFFSET \(filter.offset)"
        }
        let statementArguments = StatementArguments(arguments.map { $0.databaseValue })
        return try await read { [selection] db in
            try Self.fetchActivities(db, selection: selection, arguments: statementArguments)
        }
    }

    /// Activities selected by `selection` (a full `SELECT *` over `RecordTables.activity`), with their
    /// participants.
    static func fetchActivities(_ db: Database, selection: String, arguments: StatementArguments) throws -> [Activity] {
        let rows = try Row.fetchAll(db, sql: selection, arguments: arguments)
        guard !rows.isEmpty else { return [] }
        // The ids found, as one JSON argument: each participant table is then searched by its
        // index, without running the selection again.
        let ids = String(decoding: try JSONEncoder().encode(rows.map { $0["id"] as String }), as: UTF8.self)
        let participantSQL =
            ["activity_participant", "user_activity_participant"].map { table in
                "SELECT id, activity, ccode, role FROM \(table) WHERE activity IN (SELECT value FROM json_each(?))"
            }.joined(separator: " UNION ALL ") + " ORDER BY activity, id"
        let participants = try Row.fetchAll(db, sql: participantSQL, arguments: [ids, ids])
        return RecordDecoding.activities(rows, participantRows: participants)
    }
}
