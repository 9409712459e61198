import Foundation

/// The one CSV writer: RFC 4180 quoting, comma-separated, `\n` line ends.
public enum CSVText {
    /// A field, quoted when it holds a comma, a quote, or a line break.
    public static func escape(_ field: String) -> String {
        if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return field
    }

    /// One record.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",")
    }

    /// A header and rows; no trailing newline.
    public static func render(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map(line).joined(separator: "\n")
    }

    /// A number at full precision (Swift's shortest round-trip form); empty for missing or non-finite.
    public static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        return "\(x)"
    }
}
