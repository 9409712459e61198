import EntenteCore
import EntenteData
import EntenteTestSupport
import Testing

@testable import EntenteStore

/// The store build streams the mirrored files row by row; what it loads must be what the whole-file
/// parser reads, row for row.
struct StreamedBuildTests {
    @Test(arguments: MirrorTable.all.map(\.file))
    func streamedRowsEqualTheWholeFileParse(_ file: String) throws {
        let table = try BundledData.table(file)
        var reader = try CSVRowReader(
            bytes: try BundledData.readBytes(try BundledData.url(file), displayName: file), fileName: file)
        #expect(reader.header == table.header)
        var index = 0
        var mismatches = 0
        while let row = try reader.next() {
            if index >= table.rows.count || row.fields != table.rows[index] || row.line != table.lineNumbers[index] {
                mismatches += 1
            }
            index += 1
        }
        #expect(index == table.rows.count)
        #expect(mismatches == 0)
    }

    @Test func everyMirroredTableHoldsEveryRowOfItsFile() async throws {
        let store = try await BundledStore.store()
        let report = try #require(store.openingBuild)
        let rows = Dictionary(report.rowsByTable.map { ($0.table, $0.rows) }, uniquingKeysWith: +)
        for mirror in MirrorTable.all {
            let expected = try BundledData.table(mirror.file).rows.count
            #expect(rows[mirror.table] == expected, "\(mirror.table)")
            let stored = try await store.count(table: mirror.table)
            #expect(stored == expected, "\(mirror.table)")
        }
    }
}
