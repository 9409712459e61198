import EntenteCore
import Foundation

/// Reads a text file the command line is given (a law file, an edge list).
///
/// A file that cannot be opened is *not found* (exit 66); one that opens but is not UTF-8 is
/// *refused input* (exit 65), naming the file, the line and the byte offset of the first byte that
/// is not UTF-8, as the CSV reader does for imports. Foundation's `String(contentsOfFile:)` threw
/// the same error for both, so a Latin-1 file was reported as unreadable (issue 14).
enum InputFile {
    /// The file's text, without a leading UTF-8 byte-order mark.
    ///
    /// - Parameters:
    ///   - path: the path as the user gave it; errors quote it as it is.
    ///   - unreadable: the not-found error for a file that cannot be opened or read.
    static func text(_ path: String, unreadable: (any Error) -> EntenteError) throws(EntenteError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw unreadable(error)
        }
        var bytes = [UInt8](data)
        // Foundation's reader dropped a byte-order mark; keep doing so.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = firstInvalidByte(bytes) ?? 0
        let line = 1 + bytes[..<offset].count(where: { $0 == 0x0A })
        let byte = String(bytes[offset], radix: 16, uppercase: true)
        throw EntenteError.inFile(
            path, line: line,
            "the text is not valid UTF-8 (byte 0x\(byte) at offset \(offset)); save the file as UTF-8.",
            code: .invalidInput)
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
