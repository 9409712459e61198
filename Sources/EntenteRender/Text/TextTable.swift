/// A plain-text table with aligned columns, for terminal output; the one table renderer.
public struct TextTable: Sendable {
    /// How a column's cells line up.
    public enum Alignment: Sendable {
        case left, right
    }

    public var header: [String]
    public var rows: [[String]] = []
    /// Per-column alignment; columns without one align left.
    public var alignments: [Alignment] = []

    public init(_ header: [String], alignments: [Alignment] = []) {
        self.header = header
        self.alignments = alignments
    }

    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The table with a dashed rule under the header, columns two spaces apart; no trailing newline.
    public func render() -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                guard index < widths.count else { return cell }
                let pad = String(repeating: " ", count: max(0, widths[index] - cell.count))
                let right = index < alignments.count && alignments[index] == .right
                if right { return pad + cell }
                return index == cells.count - 1 ? cell : cell + pad
            }.joined(separator: "  ")
        }
        var lines = [line(header), line(widths.map { String(repeating: "-", count: $0) })]
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }

    /// RFC 4180 CSV of the same rows; no trailing newline.
    public func csv() -> String {
        CSVText.render(header: header, rows: rows)
    }
}
