import EntenteCore
import EntenteServices
import EntenteTestSupport
import Foundation
import GRDB
import Testing

/// `data panel --format sqlite`: the table, its codebook and notes as SQLite tables, missing as NULL.
struct PanelSQLiteTests {
    @Test func panelCodebookAndNotesAreTablesWithMissingAsNull() async throws {
        let services = Services(store: try await BundledStore.store())
        // 2013–2016: MIDs end in 2014, so 2015 and 2016 have no dispute cells.
        let report = try await services.panel(
            PanelRequest(
                unit: .dyadYear, from: 2013, to: 2016, states: ["USA", "CAN", "RUS"],
                groups: [.disputes, .capabilities]))
        let path = try ScratchFolder.make("panel").appending(path: "panel.sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try report.writeSQLite(to: path)
        let queue = try DatabaseQueue(path: path)
        try await queue.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM panel") == report.table.rowCount)
            #expect(report.table.rowCount == 12)
            let columns = try db.columns(in: "panel").map(\.name)
            #expect(columns == report.table.columns.map(\.name))
            // Disputes are missing after 2014, present (0 or more) before.
            #expect(
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM panel WHERE year >= 2015 AND mid_onset IS NULL") == 6)
            #expect(
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM panel WHERE year <= 2014 AND mid_onset IS NULL") == 0)
            // The United States' CINC in 2013 as the table holds it.
            let row = try #require(report.table.row(year: 2013, 2, 20))
            let cinc = try #require(report.table.column("cinc1")?.real(row))
            #expect(
                try Double.fetchOne(db, sql: "SELECT cinc1 FROM panel WHERE year = 2013 AND ccode1 = 2 AND ccode2 = 20")
                    == cinc)
            #expect(
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM codebook") == report.codebook.entries.count)
            #expect(
                try String.fetchOne(db, sql: "SELECT source FROM codebook WHERE column = 'mid_onset'") == "cow-mid-5")
            let warnings = try String.fetchAll(db, sql: "SELECT value FROM about WHERE key LIKE 'warning%'")
            #expect(warnings == report.warnings && !warnings.isEmpty)
        }
        // Nothing is left beside the file.
        let folder = (path as NSString).deletingLastPathComponent
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasPrefix((path as NSString).lastPathComponent + ".writing")
        }
        #expect(leftovers.isEmpty)
    }
}
