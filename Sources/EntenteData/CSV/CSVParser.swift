import EntenteCore

/// A one-pass RFC 4180 tokenizer over bytes; ``CSVTable`` drives it.
///
/// Written by hand rather than taken from a CSV package because the store is built from nearly a
/// million rows on first run and the budget is 1.5× the sqlite3 shell's own C importer.
struct CSVParser {
    typealias Row = CSVRowReader.Row

    private let bytes: [UInt8]
    private let fileName: String
    private let delimiter: UInt8
    private var position = 0
    private var line = 1

    init(bytes: [UInt8], fileName: String, delimiter: UInt8) {
        self.bytes = bytes
        self.fileName = fileName
        self.delimiter = delimiter
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")

    mutating func nextRow() throws(EntenteError) -> Row? {
        guard position < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        fields.reserveCapacity(16)
        let count = bytes.count
        let result: Row? = try bytes.withUnsafeBufferPointer { (buffer) throws(EntenteError) -> Row? in
            while true {
                if position < count && buffer[position] == Self.quote {
                    fields.append(try quotedField(buffer))
                } else {
                    let start = position
                    while position < count {
                        let byte = buffer[position]
                        if byte == delimiter || byte == Self.lf || byte == Self.cr { break }
                        position += 1
                    }
                    fields.append(try makeString(buffer, start, position))
                }
                if position >= count { return Row(fields: fields, line: startLine) }
                let byte = buffer[position]
                if byte == delimiter {
                    position += 1
                    if position >= count { fields.append(""); return Row(fields: fields, line: startLine) }
                    continue
                }
                if byte == Self.cr { position += 1 }
                if position < count && buffer[position] == Self.lf { position += 1 }
                line += 1
                return Row(fields: fields, line: startLine)
            }
        }
        return result
    }

    private mutating func quotedField(_ buffer: UnsafeBufferPointer<UInt8>) throws(EntenteError) -> String {
        let openLine = line
        position += 1
        var collected: [UInt8] = []
        var chunkStart = position
        while true {
            guard position < buffer.count else {
                throw EntenteError.inFile(
                    fileName, line: openLine, "a quoted field is never closed; expected a closing '\"'.")
            }
            let byte = buffer[position]
            if byte == Self.quote {
                collected.append(contentsOf: buffer[chunkStart..<position])
                if position + 1 < buffer.count && buffer[position + 1] == Self.quote {
                    collected.append(Self.quote)
                    position += 2
                    chunkStart = position
                    continue
                }
                position += 1
                if position < buffer.count {
                    let next = buffer[position]
                    if next != delimiter && next != Self.lf && next != Self.cr {
                        throw EntenteError.inFile(
                            fileName, line: line,
                            "unexpected text after a closing quote; expected a delimiter or the end of the line.")
                    }
                }
                guard let text = String(validating: collected, as: UTF8.self) else {
                    throw EntenteError.inFile(fileName, line: openLine, "the text is not valid UTF-8.")
                }
                return text
            }
            if byte == Self.lf { line += 1 }
            position += 1
        }
    }

    private func makeString(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) throws(EntenteError)
        -> String
    {
        if start == end { return "" }
        let field = UnsafeBufferPointer(rebasing: buffer[start..<end])
        // Plain ASCII (almost every field) needs no validation; anything else is checked.
        if !field.contains(where: { $0 >= 0x80 }) { return String(decoding: field, as: UTF8.self) }
        guard let text = String(validating: field, as: UTF8.self) else {
            throw EntenteError.inFile(fileName, line: line, "the text is not valid UTF-8.")
        }
        return text
    }
}
