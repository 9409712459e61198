import EntenteCore
import EntenteServices
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// Rebuilding through the application layer keeps what the user imported.
struct RebuildServiceTests {
    @Test func rebuildKeepsImportsAndReportsTheBuild() async throws {
        let store = try await BundledStore.copy()
        let folder = try ScratchFolder.make("rebuild")
        let file = folder.appending(path: "mine.csv").path
        try "id,name,kind,start,end,participants\nmy-1,Garuda Test,exercise,2024-03-01,2024-03-05,IDN;AUS\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let services = Services(store: store)
        let summary = try await services.importFile(kind: .activities, path: file)
        #expect(summary.records == 1)

        let report = try Services.rebuild(store: store.path)
        #expect(report.path == store.path)
        #expect(report.build.totalRows > 1_000_000)
        #expect(report.seconds > 0)

        let reopened = try Services.open(store: store.path)
        let found = try await reopened.activities(
            involving: "IDN",
            ActivityFilter(from: Day(year: 2024, month: 3, day: 1)!, to: Day(year: 2024, month: 3, day: 31)!))
        #expect(found.activities.contains { $0.activity.id == "my-1" && $0.activity.source == "import:\(file)" })
    }
}
