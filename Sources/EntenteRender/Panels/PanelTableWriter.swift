public import EntenteCore
public import EntenteServices
public import Foundation

/// Writes a panel table as CSV or JSON in chunks, so a table of millions of rows is never one
/// string in memory: CSV with the one CSV convention (``CSVText``; missing = empty field), JSON as
/// an array of row objects (missing = `null`).
public enum PanelTableWriter {
    public enum Format: String, Sendable, CaseIterable {
        case csv, json
    }

    /// Writes `table` to the file at `path`, replacing it.
    ///
    /// - Throws: ``EntenteError`` `.storage` when the file cannot be written.
    public static func write(_ table: PanelTable, format: Format, to path: String) throws(EntenteError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw EntenteError(.storage, "Cannot write '\(path)'.") }
        defer { try? handle.close() }
        do {
            try write(table, format: format) { bytes in try handle.write(contentsOf: bytes) }
        } catch let error as EntenteError {
            throw error
        } catch {
            throw EntenteError(.storage, "Writing '\(path)' failed: \(error.localizedDescription)", underlying: error)
        }
    }

    /// Writes `table` through `emit`, about a megabyte at a time.
    public static func write(_ table: PanelTable, format: Format, emit: (Data) throws -> Void) throws {
        for chunk in PanelTableChunks(table, format: format) { try emit(chunk) }
    }

    /// Decimal digits of an integer without a temporary string (the hot path of a large panel).
    @inline(__always) static func appendInteger(_ value: Int32, to buffer: inout [UInt8]) {
        var v = Int64(value)
        if v < 0 {
            buffer.append(UInt8(ascii: "-"))
            v = -v
        }
        if v < 10 {
            buffer.append(UInt8(ascii: "0") + UInt8(v))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while v > 0 {
                raw[count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { buffer.append(raw[i]) }
        }
    }
}
