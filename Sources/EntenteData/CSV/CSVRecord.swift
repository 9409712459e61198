public import EntenteCore

/// One row of a ``CSVTable`` with typed accessors whose errors name file, line and column.
///
/// Empty cells are missing values: the `optional…` accessors return `nil` for them and the required
/// accessors refuse them. `NA` is not treated as missing: it is Namibia's ISO code in several files.
/// Every error says what was expected.
public struct CSVRecord {
    let table: CSVTable
    let index: Int

    /// The 1-based line the row starts on.
    public var line: Int { table.lineNumbers[index] }

    /// The raw text of a column (empty when the row is short).
    public func text(_ column: Int) -> String {
        let row = table.rows[index]
        return column < row.count ? row[column] : ""
    }

    /// Whether the cell holds no value.
    public func isMissing(_ column: Int) -> Bool {
        text(column).isEmpty
    }

    /// The cell's text, or `nil` when missing.
    public func optionalText(_ column: Int) -> String? {
        isMissing(column) ? nil : text(column)
    }

    /// The cell's text; refuses a missing value.
    public func requiredText(_ column: Int) throws(EntenteError) -> String {
        guard let value = optionalText(column) else { throw failure(column, "expected a value, found an empty cell") }
        return value
    }

    /// An integer, or `nil` when missing. Accepts `12.0` and `1e+05`, as R writes whole doubles.
    public func optionalInt(_ column: Int) throws(EntenteError) -> Int? {
        guard let value = optionalText(column) else { return nil }
        if let number = Int(value) { return number }
        if value.hasSuffix(".0"), let number = Int(value.dropLast(2)) { return number }
        // R writes large whole numbers in scientific notation (1e+05).
        if let number = Double(value), number.rounded() == number, abs(number) < 1e15 { return Int(number) }
        throw failure(column, "expected a whole number, found '\(value)'")
    }

    /// A required integer.
    public func int(_ column: Int) throws(EntenteError) -> Int {
        guard let value = try optionalInt(column) else {
            throw failure(column, "expected a whole number, found an empty cell")
        }
        return value
    }

    /// A decimal number, or `nil` when missing.
    public func optionalDouble(_ column: Int) throws(EntenteError) -> Double? {
        guard let value = optionalText(column) else { return nil }
        guard let number = Double(value), number.isFinite else {
            throw failure(column, "expected a number, found '\(value)'")
        }
        return number
    }

    /// A `0`/`1` (or `true`/`false`) flag, or `nil` when missing.
    public func optionalFlag(_ column: Int) throws(EntenteError) -> Bool? {
        guard let value = optionalText(column) else { return nil }
        switch value.lowercased() {
        case "1", "true", "yes": return true
        case "0", "false", "no": return false
        default: throw failure(column, "expected 0 or 1 (or true/false), found '\(value)'")
        }
    }

    /// A `YYYY-MM-DD` date, or `nil` when missing; an impossible date is refused.
    public func optionalDay(_ column: Int) throws(EntenteError) -> Day? {
        guard let value = optionalText(column) else { return nil }
        guard let day = Day(iso: value) else {
            throw failure(
                column, "expected a date written YYYY-MM-DD that exists, found '\(value)'", code: .invalidDate)
        }
        return day
    }

    /// A required `YYYY-MM-DD` date.
    public func day(_ column: Int) throws(EntenteError) -> Day {
        guard let value = try optionalDay(column) else {
            throw failure(column, "expected a date written YYYY-MM-DD, found an empty cell", code: .invalidDate)
        }
        return value
    }

    /// An error about a column of this row.
    public func failure(_ column: Int, _ problem: String, code: EntenteError.Code = .malformedFile) -> EntenteError {
        let name = column < table.header.count ? table.header[column] : "#\(column + 1)"
        return EntenteError(
            EntenteError.Problem(
                code: code, file: table.fileName, line: line, field: name, message: sentence(problem),
                isRecordNumber: table.isJSON))
    }

    private func sentence(_ problem: String) -> String {
        problem.hasSuffix("?") || problem.hasSuffix(".") ? problem : problem + "."
    }
}
