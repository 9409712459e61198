public import EntenteServices
public import Foundation

/// A panel table's CSV or JSON text as a sequence of chunks of about a megabyte, made as they are
/// asked for: a file writer and a streamed HTTP answer both take them one at a time, so neither
/// holds the text of millions of rows.
public struct PanelTableChunks: Sequence, IteratorProtocol {
    private static let chunkBytes = 1 << 20
    private static let null = Array("null".utf8)
    private let table: PanelTable
    private let json: Bool
    private var row = 0
    private var started = false
    private var finished = false
    private var numbers = NumberTextCache()

    public init(_ table: PanelTable, format: PanelTableWriter.Format) {
        self.table = table
        json = format == .json
    }

    public mutating func next() -> Data? {
        if finished { return nil }
        var buffer = [UInt8]()
        buffer.reserveCapacity(Self.chunkBytes + 4096)
        if !started {
            started = true
            let names = table.columns.map(\.name)
            if json {
                buffer.append(UInt8(ascii: "["))
            } else {
                buffer += Array(CSVText.line(names).utf8)
                buffer.append(UInt8(ascii: "\n"))
            }
        }
        var cells: [Cells] = []
        cells.reserveCapacity(table.columns.count)
        Self.withCells(table.columns[...], &cells) { cells in appendRows(cells, to: &buffer) }
        if row == table.rowCount {
            finished = true
            if json { buffer += Array("\n]\n".utf8) }
        }
        return Data(buffer)
    }

    /// Rows from ``row`` on until the chunk is full or the table ends.
    private mutating func appendRows(_ cells: [Cells], to buffer: inout [UInt8]) {
        // JSON keys are the column names, which are identifiers: written once, reused per row.
        let keys = json ? table.columns.map { Array("\"\($0.name)\":".utf8) } : []
        while row < table.rowCount, buffer.count < Self.chunkBytes {
            if json { buffer += Array((row == 0 ? "\n{" : ",\n{").utf8) }
            for k in cells.indices {
                if k > 0 { buffer.append(UInt8(ascii: ",")) }
                if json { buffer += keys[k] }
                switch cells[k] {
                case .integer(let values):
                    let v = values[row]
                    if v == PanelColumn.missingInteger {
                        if json { buffer += Self.null }
                    } else {
                        PanelTableWriter.appendInteger(v, to: &buffer)
                    }
                case .real(let values):
                    let v = values[row]
                    if v.isFinite {
                        numbers.append(v, to: &buffer)
                    } else if json {
                        buffer += Self.null
                    }
                }
            }
            buffer.append(json ? UInt8(ascii: "}") : UInt8(ascii: "\n"))
            row += 1
        }
    }

    /// One column's values as a buffer the row loop reads without reference counting.
    private enum Cells {
        case integer(UnsafeBufferPointer<Int32>)
        case real(UnsafeBufferPointer<Double>)
    }

    /// Calls `body` with every column's storage pinned (one nested closure per column).
    private static func withCells(
        _ columns: ArraySlice<PanelColumn>, _ cells: inout [Cells], _ body: ([Cells]) -> Void
    ) {
        guard let column = columns.first else { return body(cells) }
        switch column.values {
        case .integer(let values):
            values.withUnsafeBufferPointer { pointer in
                cells.append(.integer(pointer))
                withCells(columns.dropFirst(), &cells, body)
            }
        case .real(let values):
            values.withUnsafeBufferPointer { pointer in
                cells.append(.real(pointer))
                withCells(columns.dropFirst(), &cells, body)
            }
        }
    }
}
