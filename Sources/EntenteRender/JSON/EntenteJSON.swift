public import EntenteCore
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

    /// `value` as JSON bytes; compact (no indentation) for the HTTP API, where the bytes are not read
    /// by people and cost time on every request.
    ///
    /// - Throws: ``EntenteError`` `.internalFailure` when a report holds a value JSON cannot carry.
    public static func data(_ value: some Encodable, pretty: Bool = false) throws(EntenteError) -> Data {
        let encoder = encoder()
        if !pretty { encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes] }
        do {
            return try encoder.encode(value)
        } catch {
            throw EntenteError(.internalFailure, "A report could not be written as JSON: \(error)", underlying: error)
        }
    }

    /// Reads `T` from JSON bytes.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try decoder().decode(type, from: data)
    }

    /// `medianRank` → `median_rank`, `sourceURL` → `source_url`, `atopIDs` → `atop_ids`; other keys
    /// unchanged. A run of capitals is one word (an acronym), with a trailing plural `s`.
    public static func snakeCase(_ key: String) -> String {
        // Keys are ASCII identifiers (checked first), so the work is done on bytes: this runs for
        // every key of every answer the server writes.
        let bytes = Array(key.utf8)
        guard isIdentifier(bytes), bytes.contains(where: isUpper) else { return key }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        var wordLength = 0
        for (i, c) in bytes.enumerated() {
            if isUpper(c), i > 0, wordLength > 0 {
                let previous = bytes[i - 1]
                let next: UInt8? = i + 1 < bytes.count ? bytes[i + 1] : nil
                let afterLower = isLower(previous) || isDigit(previous)
                // The last capital of an acronym starts the next word ("URLPath" → url, path), unless
                // what follows is the acronym's plural "s" ("IDs").
                let pluralS = next == UInt8(ascii: "s") && i + 2 == bytes.count
                let endsAcronym = isUpper(previous) && next.map(isLower) == true && !pluralS
                if afterLower || endsAcronym {
                    out.append(UInt8(ascii: "_"))
                    wordLength = 0
                }
            }
            out.append(isUpper(c) ? c + 32 : c)
            wordLength += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `median_rank` → `medianRank`, `source_url` → `sourceURL`; other keys unchanged. Words that are
    /// acronyms in Swift names (``acronyms``) come back in capitals, so decoding reads what
    /// ``snakeCase(_:)`` wrote.
    public static func camelCase(_ key: String) -> String {
        guard key.contains("_"), key.first?.isLowercase == true,
            key.allSatisfy({ $0 == "_" || ($0.isASCII && ($0.isLowercase || $0.isNumber)) })
        else { return key }
        let words = key.split(separator: "_").map(String.init)
        guard let first = words.first else { return key }
        return first + words.dropFirst().map { acronyms[$0] ?? $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Acronyms property names spell in capitals (`sourceURL`, `atopIDs`, `partnerHHI`).
    public static let acronyms: [String: String] = [
        "id": "ID", "ids": "IDs", "url": "URL", "urls": "URLs", "hhi": "HHI", "iso": "ISO", "json": "JSON",
    ]

    private static func isIdentifier(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first, isLower(first) else { return false }
        return bytes.allSatisfy { isLower($0) || isUpper($0) || isDigit($0) }
    }

    private static func isUpper(_ c: UInt8) -> Bool { c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") }
    private static func isLower(_ c: UInt8) -> Bool { c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") }
    private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
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
