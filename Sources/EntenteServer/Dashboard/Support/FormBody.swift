import Foundation

/// The fields of an `application/x-www-form-urlencoded` body, in order (a name may repeat).
struct FormBody: Sendable {
    let fields: [(name: String, value: String)]

    init(_ text: String) {
        fields = text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            return (Self.decode(parts[0]), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// `+` is a space in forms; the rest is percent-decoding (invalid escapes are kept as written).
    private static func decode(_ s: String) -> String {
        let spaced = s.replacing("+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value of a field, trimmed; nil when absent or blank.
    subscript(_ name: String) -> String? {
        guard let value = fields.first(where: { $0.name == name })?.value else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The first value untrimmed (a textarea keeps its layout).
    func raw(_ name: String) -> String? { fields.first(where: { $0.name == name })?.value }
}
