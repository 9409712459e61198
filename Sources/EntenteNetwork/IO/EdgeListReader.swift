public import EntenteCore

/// Reads a CSV edge list `source,target[,weight]` into a ``Graph``.
///
/// The format is the one of the networkx peer files (`../shared/peers/graph_*.csv`):
/// - an optional header line, recognised when its first field is `source`, `src`, `from` or `u`;
/// - one tie per line: two node labels and an optional weight (1 when absent), which must be a
///   finite number greater than 0;
/// - blank lines and lines starting with `#` are skipped; fields may be double-quoted (`""` is a
///   quote inside a quoted field); surrounding spaces are trimmed.
///
/// Nodes get dense ids in order of first appearance. A repeated tie sums its weights and a
/// self-loop is dropped (counted in ``Graph/droppedSelfLoops``), as the peer script does.
/// Any other line is refused with an error naming the file, the line and the column.
public enum EdgeListReader {
    /// Parses the text of an edge-list file.
    ///
    /// - Parameters:
    ///   - text: the file contents.
    ///   - fileName: the name to quote in error messages.
    ///   - directed: whether ties run from `source` to `target` (default `false`).
    /// - Returns: the graph, its labels in order of first appearance.
    /// - Throws: ``EntenteError`` `.malformedFile` naming file, line and column for a malformed line,
    ///   or when the file has no ties.
    public static func parse(_ text: String, fileName: String, directed: Bool = false) throws(EntenteError) -> Graph {
        var ids: [String: Int] = [:]
        var labels: [String] = []
        var edges: [WeightedEdge] = []
        var lineNumber = 0
        var sawContent = false
        func id(_ label: String) -> Int {
            if let existing = ids[label] { return existing }
            let new = labels.count
            ids[label] = new
            labels.append(label)
            return new
        }
        // "\r\n" is one Character in Swift, so split on every line-break form.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for line in lines {
            lineNumber += 1
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.first == "#" { continue }
            let fields = try splitFields(trimmed, file: fileName, line: lineNumber)
            if !sawContent {
                sawContent = true
                let first = fields[0].lowercased()
                if ["source", "src", "from", "u"].contains(first) { continue }
            }
            guard fields.count == 2 || fields.count == 3 else {
                throw EntenteError.inFile(
                    fileName, line: lineNumber,
                    "expected 2 or 3 comma-separated fields (source,target[,weight]) but found \(fields.count).")
            }
            guard !fields[0].isEmpty else {
                throw EntenteError.inFile(fileName, line: lineNumber, field: "source", "the node label is empty.")
            }
            guard !fields[1].isEmpty else {
                throw EntenteError.inFile(fileName, line: lineNumber, field: "target", "the node label is empty.")
            }
            var weight = 1.0
            if fields.count == 3 {
                guard let w = Double(fields[2]) else {
                    throw EntenteError.inFile(
                        fileName, line: lineNumber, field: "weight", "'\(fields[2])' is not a number.")
                }
                guard w.isFinite, w > 0 else {
                    throw EntenteError.inFile(
                        fileName, line: lineNumber, field: "weight",
                        "weight \(fields[2]) must be a finite number greater than 0.")
                }
                weight = w
            }
            edges.append(WeightedEdge(id(fields[0]), id(fields[1]), weight: weight))
        }
        guard !edges.isEmpty else {
            throw EntenteError(
                .malformedFile, "\(fileName): the file has no ties; expected lines source,target[,weight].")
        }
        return try Graph(labels: labels, edges: edges, directed: directed)
    }

    /// Splits one CSV line into trimmed fields, honouring double quotes.
    static func splitFields(_ line: Substring, file: String, line number: Int) throws(EntenteError) -> [String] {
        var fields: [String] = []
        var current = ""
        var inQuotes = false
        var wasQuoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if inQuotes {
                if c == "\"" {
                    let next = line.index(after: index)
                    if next < line.endIndex, line[next] == "\"" {
                        current.append("\"")
                        index = next
                    } else {
                        inQuotes = false
                    }
                } else {
                    current.append(c)
                }
            } else if c == "," {
                fields.append(wasQuoted ? current : String(Substring(current).trimmingSpaces()))
                current = ""
                wasQuoted = false
            } else if c == "\"" && Substring(current).trimmingSpaces().isEmpty {
                inQuotes = true
                wasQuoted = true
                current = ""
            } else {
                current.append(c)
            }
            index = line.index(after: index)
        }
        guard !inQuotes else {
            throw EntenteError.inFile(file, line: number, "a quoted field is not closed; add the closing '\"'.")
        }
        fields.append(wasQuoted ? current : String(Substring(current).trimmingSpaces()))
        return fields
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
