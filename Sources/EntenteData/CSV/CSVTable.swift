public import EntenteCore

/// A CSV file parsed into rows of fields, with the header kept apart.
///
/// The parser follows RFC 4180: fields separated by a delimiter (comma by default), rows by LF or
/// CRLF, fields optionally quoted with `"` and a doubled quote standing for one. It works on the
/// file's bytes in one pass, because the bundled data hold almost a million rows and the store is
/// built from them on first run. Line numbers are 1-based and count the header as line 1, so they
/// match what an editor shows, even when a quoted field spans lines.
///
/// - Complexity: O(n) in the file size.
public struct CSVTable: Sendable {
    /// The name used in error messages (usually the file name as the user gave it).
    public let fileName: String
    /// The header fields, in order.
    public let header: [String]
    /// The data rows (without the header), each as its fields.
    public let rows: [[String]]
    /// The line on which each row starts (for JSON input: the 1-based record number).
    public let lineNumbers: [Int]
    /// Whether the rows came from a JSON array of objects, so errors say "record" rather than "line".
    public let isJSON: Bool

    /// A table built from already-split rows (JSON input is turned into this shape).
    public init(fileName: String, header: [String], rows: [[String]], lineNumbers: [Int], isJSON: Bool) {
        self.fileName = fileName
        self.header = header
        self.rows = rows
        self.lineNumbers = lineNumbers
        self.isJSON = isJSON
    }

    /// Parses CSV text.
    ///
    /// - Parameters:
    ///   - bytes: the file content, UTF-8 (a leading byte-order mark is skipped).
    ///   - fileName: the name to quote in errors.
    ///   - delimiter: the field separator.
    /// - Throws: ``EntenteError`` with code `malformedFile` for an empty file, an unterminated
    ///   quote, text after a closing quote, or invalid UTF-8, naming the line.
    public init(bytes: [UInt8], fileName: String, delimiter: UInt8 = UInt8(ascii: ",")) throws(EntenteError) {
        self.fileName = fileName
        var reader = try CSVRowReader(bytes: bytes, fileName: fileName, delimiter: delimiter)
        header = reader.header
        var rows: [[String]] = []
        var lines: [Int] = []
        rows.reserveCapacity(bytes.count / 40)
        lines.reserveCapacity(bytes.count / 40)
        while let row = try reader.next() {
            rows.append(row.fields)
            lines.append(row.line)
        }
        self.rows = rows
        self.lineNumbers = lines
        self.isJSON = false
    }

    /// The index of a column, or `nil` when the header lacks it.
    public func column(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }

    /// The indices of the named columns, failing with a message that lists what is missing.
    ///
    /// - Throws: ``EntenteError`` naming the file, the missing columns and the header found.
    public func requireColumns(_ names: [String]) throws(EntenteError) -> [Int] {
        var indices: [Int] = []
        var missing: [String] = []
        for name in names {
            if let index = column(name) { indices.append(index) } else { missing.append(name) }
        }
        guard missing.isEmpty else {
            throw EntenteError.inFile(
                fileName, line: 1,
                "missing column\(missing.count > 1 ? "s" : "") "
                    + missing.map { "'\($0)'" }.joined(separator: ", ")
                    + "; the header has " + header.map { "'\($0)'" }.joined(separator: ", ") + ".")
        }
        return indices
    }

    /// A typed view of row `index` that reports errors with this file's name and line.
    public func record(_ index: Int) -> CSVRecord {
        CSVRecord(table: self, index: index)
    }

    /// Checks that every row has exactly as many fields as the header.
    ///
    /// - Throws: ``EntenteError`` naming the first short or long row.
    public func requireRectangular() throws(EntenteError) {
        for (index, row) in rows.enumerated() where row.count != header.count {
            throw EntenteError.inFile(
                fileName, line: lineNumbers[index],
                "expected \(header.count) fields as in the header, found \(row.count).")
        }
    }
}

extension String {
    func trimmingASCIISpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return view.count == count ? self : String(view)
    }
}
