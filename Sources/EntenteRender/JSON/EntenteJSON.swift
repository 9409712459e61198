public import Foundation

/// The one JSON convention of every machine output (CLI `--format json`, the HTTP API, files a run
/// writes): pretty-printed, keys sorted, slashes unescaped, keys in snake_case.
///
/// Report types are plain `Codable` structs with camelCase property names; the key strategy turns
/// `medianRank` into `median_rank`. It touches only identifier-like keys (a lower-case letter, then
/// letters and digits), so dictionary keys that are data — state codes (`USA`), layer names
/// (`alliance.defense`), organisation ids (`ADMM-Plus`) — are written as they are. Non-finite
/// numbers, which JSON lacks, are carried as optionals in report types (`nil`, written `null`); the
/// encoder refuses a NaN rather than write a string in its place.
public enum EntenteJSON {
    /// A fresh encoder with the convention (encoders are not shared across threads).
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .custom { path in SnakeKey(path.last!, snake: true) }
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// A fresh decoder that reads what ``encoder()`` writes.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in SnakeKey(path.last!, snake: false) }
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// `value` as JSON text, ending without a newline.
    public static func string(_ value: some Encodable) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }

    /// Reads `T` from JSON bytes.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try decoder().decode(type, from: data)
    }

    /// `medianRank` → `median_rank`; other keys unchanged.
    public static func snakeCase(_ key: String) -> String {
        guard isIdentifier(key), key.contains(where: \.isUppercase) else { return key }
        var out = ""
        for c in key {
            if c.isUppercase {
                out += "_" + c.lowercased()
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// `median_rank` → `medianRank`; other keys unchanged.
    public static func camelCase(_ key: String) -> String {
        guard key.contains("_"), key.first?.isLowercase == true,
            key.allSatisfy({ $0 == "_" || ($0.isASCII && ($0.isLowercase || $0.isNumber)) })
        else { return key }
        var out = ""
        var upper = false
        for c in key {
            if c == "_" {
                upper = true
            } else {
                out += upper ? c.uppercased() : String(c)
                upper = false
            }
        }
        return out
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.first, first.isASCII, first.isLowercase else { return false }
        return key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}

/// A coding key renamed by the convention.
private struct SnakeKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(_ base: any CodingKey, snake: Bool) {
        stringValue = snake ? EntenteJSON.snakeCase(base.stringValue) : EntenteJSON.camelCase(base.stringValue)
        intValue = base.intValue
    }

    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}
