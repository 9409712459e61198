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
        var cells: [Cells] = []
        cells.reserveCapacity(table.columns.count)
        try withCells(table.columns[...], &cells) { cells in
            try write(table, cells: cells, json: format == .json, emit: emit)
        }
    }

    /// One column's values as a buffer the row loop reads without reference counting.
    private enum Cells {
        case integer(UnsafeBufferPointer<Int32>)
        case real(UnsafeBufferPointer<Double>)
    }

    /// Calls `body` with every column's storage pinned (one nested closure per column).
    private static func withCells(
        _ columns: ArraySlice<PanelColumn>, _ cells: inout [Cells], _ body: ([Cells]) throws -> Void
    ) rethrows {
        guard let column = columns.first else { return try body(cells) }
        switch column.values {
        case .integer(let values):
            try values.withUnsafeBufferPointer { pointer in
                cells.append(.integer(pointer))
                try withCells(columns.dropFirst(), &cells, body)
            }
        case .real(let values):
            try values.withUnsafeBufferPointer { pointer in
                cells.append(.real(pointer))
                try withCells(columns.dropFirst(), &cells, body)
            }
        }
    }

    private static let null = Array("null".utf8)

    private static func write(_ table: PanelTable, cells: [Cells], json: Bool, emit: (Data) throws -> Void) throws {
        var buffer = [UInt8]()
        buffer.reserveCapacity(1 << 20 + 4096)
        var numbers = NumberTextCache()
        let names = table.columns.map(\.name)
        // JSON keys are the column names, which are identifiers: written once, reused per row.
        let keys = names.map { Array("\"\($0)\":".utf8) }
        if json {
            buffer.append(UInt8(ascii: "["))
        } else {
            buffer += Array(CSVText.line(names).utf8)
            buffer.append(UInt8(ascii: "\n"))
        }
        for row in 0..<table.rowCount {
            if json { buffer += Array((row == 0 ? "\n{" : ",\n{").utf8) }
            for k in cells.indices {
                if k > 0 { buffer.append(UInt8(ascii: ",")) }
                if json { buffer += keys[k] }
                switch cells[k] {
                case .integer(let values):
                    let v = values[row]
                    if v == PanelColumn.missingInteger {
                        if json { buffer += null }
                    } else {
                        appendInteger(v, to: &buffer)
                    }
                case .real(let values):
                    let v = values[row]
                    if v.isFinite {
                        numbers.append(v, to: &buffer)
                    } else if json {
                        buffer += null
                    }
                }
            }
            buffer.append(json ? UInt8(ascii: "}") : UInt8(ascii: "\n"))
            if buffer.count >= 1 << 20 {
                try emit(Data(buffer))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if json { buffer += Array("\n]\n".utf8) }
        try emit(Data(buffer))
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
