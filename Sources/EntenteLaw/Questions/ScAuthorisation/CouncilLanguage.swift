import EntenteCore
import Foundation

/// The catalogue of words with which the Security Council has authorised, recommended or declined
/// to authorise force, and the Art. 39 determinations later resolutions recall, read once per
/// process from `council-language.json` (each entry with its resolution and URL).
///
/// Read once, at first use, so assessing never touches a file.
public struct CouncilLanguage: Sendable, Decodable {
    /// What a formula does.
    public enum Kind: String, Sendable, Decodable {
        /// The Council authorises Member States to use force.
        case authorisation
        /// The Council recommends that Members use force or assist (Art. 39 recommendation).
        case recommendation
        /// Operative words that do not authorise force.
        case notAuthorising = "not_authorising"
    }

    /// One catalogued formula.
    public struct Formula: Sendable, Decodable {
        public let id: String
        public let kind: Kind
        /// Fragments that must appear, in this order, in the lower-cased operative words.
        public let match: [String]
        /// The wording as read on the page at `sourceURL`.
        public let quoted: String
        public let resolution: String
        /// The day of adoption (ISO 8601), when known.
        public let date: String?
        /// The resolution's official link (UN document symbol).
        public let url: String
        /// Where the wording was read, and on which day (ISO 8601).
        public let sourceURL: String?
        public let accessed: String?
        /// Whether `quoted` was compared with the page at `sourceURL`.
        public let checked: Bool
        /// Why an entry is unchecked, or what the check rests on.
        public let note: String?
        /// Other resolutions that use the same formula, each with its own source.
        public let alsoUsedIn: [Use]

        enum CodingKeys: String, CodingKey {
            case id, kind, match, quoted, resolution, date, url, accessed, checked, note
            case sourceURL = "source_url"
            case alsoUsedIn = "also_used_in"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            kind = try c.decode(Kind.self, forKey: .kind)
            match = try c.decode([String].self, forKey: .match)
            quoted = try c.decode(String.self, forKey: .quoted)
            resolution = try c.decode(String.self, forKey: .resolution)
            date = try c.decodeIfPresent(String.self, forKey: .date)
            url = try c.decode(String.self, forKey: .url)
            sourceURL = try c.decodeIfPresent(String.self, forKey: .sourceURL)
            accessed = try c.decodeIfPresent(String.self, forKey: .accessed)
            checked = try c.decode(Bool.self, forKey: .checked)
            note = try c.decodeIfPresent(String.self, forKey: .note)
            alsoUsedIn = try c.decodeIfPresent([Use].self, forKey: .alsoUsedIn) ?? []
        }
    }

    /// A further resolution that used a catalogued formula.
    public struct Use: Sendable, Decodable {
        public let resolution: String
        public let date: String?
        public let quoted: String
        public let url: String
        public let sourceURL: String?
        public let accessed: String?
        public let checked: Bool
        public let note: String?

        enum CodingKeys: String, CodingKey {
            case resolution, date, quoted, url, accessed, checked, note
            case sourceURL = "source_url"
        }
    }

    /// A determination under Art. 39 made in a resolution.
    public struct Determination: Sendable, Decodable {
        public let resolution: String
        /// One of the `determination_art39` labels.
        public let determination: String
        /// The determining words as read on the page at `sourceURL`.
        public let quoted: String?
        public let url: String
        public let sourceURL: String?
        public let accessed: String?
        /// Whether `quoted` was compared with the page at `sourceURL`.
        public let checked: Bool
        public let note: String?

        enum CodingKeys: String, CodingKey {
            case resolution, determination, quoted, url, accessed, checked, note
            case sourceURL = "source_url"
        }
    }

    public let formulas: [Formula]
    public let determinations: [Determination]

    /// The catalogue shipped with Entente.
    public static let shipped: CouncilLanguage = {
        guard let url = Bundle.module.url(forResource: "council-language", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else { preconditionFailure("EntenteLaw: council-language.json is missing from the bundle") }
        do {
            return try JSONDecoder().decode(CouncilLanguage.self, from: data)
        } catch {
            preconditionFailure("EntenteLaw: council-language.json does not decode: \(error)")
        }
    }()

    /// The formula the operative words use: authorising and recommending formulas first, so words
    /// that both demand and authorise count as authorising.
    public func formula(in words: String) -> Formula? {
        let text = Self.normalised(words)
        let ordered = formulas.filter { $0.kind != .notAuthorising } + formulas.filter { $0.kind == .notAuthorising }
        return ordered.first { formula in Self.contains(text, inOrder: formula.match) }
    }

    /// The determination a cited resolution made, matched on its number and year.
    public func determination(of resolution: String) -> Determination? {
        let key = Self.resolutionKey(resolution)
        return determinations.first { Self.resolutionKey($0.resolution) == key }
    }

    static func normalised(_ text: String) -> String {
        text.lowercased().replacing("...", with: " … ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func contains(_ text: String, inOrder fragments: [String]) -> Bool {
        var rest = text[...]
        for fragment in fragments {
            guard let range = rest.firstRange(of: fragment) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    /// `S/RES/660 (1990)`, `660 (1990)` and `res. 660(1990)` all give `660/1990`.
    static func resolutionKey(_ text: String) -> String {
        let digits = text.split { !$0.isNumber }.map(String.init)
        return digits.suffix(2).joined(separator: "/")
    }
}
