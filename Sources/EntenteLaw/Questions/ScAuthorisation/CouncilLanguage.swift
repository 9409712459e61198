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
        public let quoted: String
        public let resolution: String
        public let url: String
        /// Whether the wording was checked against the official text.
        public let checked: Bool
    }

    /// A determination under Art. 39 made in a resolution.
    public struct Determination: Sendable, Decodable {
        public let resolution: String
        /// One of the `determination_art39` labels.
        public let determination: String
        public let url: String
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
