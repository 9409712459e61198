import EntenteCore
import EntenteData
import FuzzSupport

/// libFuzzer's entry point for the JSON reader behind `entente data import` and uploads (an array
/// of objects read into the same table as a CSV file): any bytes must give a table or an
/// `EntenteError`, never a trap, a hang or unbounded memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let table = try? JSONRecords.table(bytes: bytes, fileName: "fuzz.json") else { return 0 }
    precondition(table.lineNumbers.count == table.rows.count, "one record number per row")
    for index in table.rows.indices.prefix(64) {
        let record = table.record(index)
        for column in 0...table.header.count { readEveryWay(record, column) }
    }
    _ = try? table.requireRectangular()
    return 0
}

/// Runs libFuzzer on ``fuzzJSON(_:_:)`` with the command line's options (corpus folders, `-max_total_time`, …).
@main
enum FuzzJSONMain {
    static func main() {
        FuzzDriver.run(fuzzJSON, warmUp: #"[{"id": "w-1", "start": "2024-01-01", "lat": 1.5}]"#)
    }
}

/// Reads one field as each type an import asks for (text, number, flag, date), as the import's
/// checks do; each either gives a value or an `EntenteError`.
func readEveryWay(_ record: CSVRecord, _ column: Int) {
    _ = record.optionalText(column)
    _ = try? record.optionalInt(column)
    _ = try? record.optionalDouble(column)
    _ = try? record.optionalFlag(column)
    _ = try? record.optionalDay(column)
}
