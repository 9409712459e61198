public import EntenteServices
import Foundation

extension PanelCodebook {
    /// The codebook as Markdown: the rows, the missing-value rule, then one table row per column.
    public var markdown: String {
        var out = "# Codebook: \(unit.rawValue) panel, \(from)–\(to)\n\n"
        out += "Rows: \(rows).\n\nMissing values: \(missing).\n\n"
        out +=
            "| column | group | type | meaning | source | version | coverage |\n| --- | --- | --- | --- | --- | --- | --- |\n"
        for e in entries {
            let cells = [
                e.column, e.group, e.type, e.meaning, e.sourceName, e.version,
                e.coverage + (e.completeness == "partial" ? " (partial)" : ""),
            ]
            out += "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        out += "\n## Citations\n\n"
        var seen = Set<String>()
        for e in entries where seen.insert(e.source).inserted {
            out += "- \(e.sourceName) (\(e.version)): \(e.citation)\n"
        }
        return out
    }
}
