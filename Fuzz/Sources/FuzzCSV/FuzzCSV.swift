import EntenteCore
import EntenteData
import FuzzSupport

/// libFuzzer's entry point for the CSV reader behind `entente data import` and uploads: any bytes
/// must give a table or an `EntenteError`, never a trap, a hang or unbounded memory.
///
/// A table read must also be coherent: one line number per row, lines increasing, the fields of
/// its first 64 records readable as every type whatever their width (more only slows each run).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    for delimiter in [UInt8(ascii: ","), UInt8(ascii: "\t")] {
        guard let table = try? CSVTable(bytes: bytes, fileName: "fuzz.csv", delimiter: delimiter) else { continue }
        precondition(table.lineNumbers.count == table.rows.count, "one line number per row")
        precondition(zip(table.lineNumbers, table.lineNumbers.dropFirst()).allSatisfy { $0 < $1 }, "lines increase")
        for index in table.rows.indices.prefix(64) {
            let record = table.record(index)
            for column in 0...table.header.count { readEveryWay(record, column) }
        }
        _ = try? table.requireRectangular()
        _ = try? table.requireColumns(["start_date", "end_date"])
    }
    return 0
}

/// Runs libFuzzer on ``fuzzCSV(_:_:)`` with the command line's options (corpus folders, `-max_total_time`, …).
@main
enum FuzzCSVMain {
    static func main() {
        FuzzDriver.run(fuzzCSV, warmUp: "id,name,start\nw-1,Warm,2024-01-01\n")
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
