public import EntenteCore

/// The rows of a CSV file one at a time, so a caller can use each row and let it go.
///
/// ``CSVTable`` keeps every row; the store build instead streams the bundled files through this
/// reader (about 1.3 million rows), holding only the file's bytes and the row in hand. Blank lines
/// are skipped; the header's fields are trimmed of spaces, as ``CSVTable`` does.
public struct CSVRowReader {
    /// One data row: its fields and the 1-based line it starts on (the header is line 1).
    public struct Row: Sendable {
        public var fields: [String]
        public var line: Int

        public init(fields: [String], line: Int) {
            self.fields = fields
            self.line = line
        }
    }

    /// The name used in error messages.
    public let fileName: String
    /// The header fields, in order.
    public let header: [String]
    private var parser: CSVParser

    /// Starts reading CSV bytes and reads the header.
    ///
    /// - Throws: ``EntenteError`` `malformedFile` for an empty file or a malformed header line.
    public init(bytes: [UInt8], fileName: String, delimiter: UInt8 = UInt8(ascii: ",")) throws(EntenteError) {
        self.fileName = fileName
        parser = CSVParser(bytes: bytes, fileName: fileName, delimiter: delimiter)
        guard let first = try parser.nextRow() else {
            throw EntenteError(
                EntenteError.Problem(
                    code: .malformedFile, file: fileName, line: nil,
                    message: "the file is empty; expected a header row."))
        }
        header = first.fields.map { $0.trimmingASCIISpaces() }
    }

    /// The next data row, or `nil` at the end of the file.
    ///
    /// - Throws: ``EntenteError`` `malformedFile` for an unterminated quote, text after a closing
    ///   quote, or invalid UTF-8, naming the line.
    public mutating func next() throws(EntenteError) -> Row? {
        while let row = try parser.nextRow() {
            if row.fields.count == 1 && row.fields[0].isEmpty { continue }  // blank line
            return row
        }
        return nil
    }

    /// A one-row table of `row`, for the typed accessors of ``CSVRecord`` and their error messages.
    public func table(of row: Row) -> CSVTable {
        CSVTable(fileName: fileName, header: header, rows: [row.fields], lineNumbers: [row.line], isJSON: false)
    }
}
