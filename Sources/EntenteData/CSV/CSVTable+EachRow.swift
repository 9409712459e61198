public import EntenteCore

/// What reading a table row by row found: the records of the rows that passed, each with its line,
/// and a problem for each row that did not.
public struct RowResults<Record> {
    public var records: [Record] = []
    /// The line (or JSON record number) of each record, in step with `records`.
    public var lines: [Int] = []
    /// One problem per refused row, in file order.
    public var problems: [EntenteError.Problem] = []
}

extension RowResults: Sendable where Record: Sendable {}

extension CSVTable {
    /// The table cut down to one of its rows, keeping the header, file name and line number.
    public func row(_ index: Int) -> CSVTable {
        CSVTable(
            fileName: fileName, header: header, rows: [rows[index]], lineNumbers: [lineNumbers[index]],
            isJSON: isJSON)
    }

    /// Reads every row on its own with `read`, a reader that stops at its first error, so that one bad
    /// row does not hide the next: an import can then report every refused row at once.
    ///
    /// A row yields its first problem; a row with two bad fields is reported again, on its next
    /// field, once the first is fixed.
    ///
    /// - Throws: the error `read` gives on the header alone (a missing column), which every row would
    ///   repeat.
    public func readEachRow<Record>(_ read: (CSVTable) throws(EntenteError) -> [Record]) throws(EntenteError)
        -> RowResults<Record>
    {
        _ = try read(CSVTable(fileName: fileName, header: header, rows: [], lineNumbers: [], isJSON: isJSON))
        var results = RowResults<Record>()
        for index in rows.indices {
            do throws(EntenteError) {
                let records = try read(row(index))
                results.records += records
                results.lines += records.map { _ in lineNumbers[index] }
            } catch {
                if error.problems.isEmpty {
                    results.problems.append(
                        EntenteError.Problem(
                            code: error.code, file: fileName, line: lineNumbers[index], message: error.message,
                            isRecordNumber: isJSON))
                } else {
                    results.problems += error.problems
                }
            }
        }
        return results
    }
}
