/// Resolves what people type — an ISO alpha-3 code, a COW abbreviation or number, or a name — to a
/// state, case-insensitively, and suggests the nearest names when nothing matches.
///
/// Codes are tried in a fixed order: ISO alpha-3, then COW abbreviation, then COW number, then
/// names. The order matters where systems collide: `AUS` is Australia in ISO but Austria in COW,
/// and Entente reads it as ISO (the code the law and most users use); `AUL` still finds Australia
/// and `AUT` Austria.
public struct StateDirectory: Sendable {
    public let states: [StateInfo]
    private let byCow: [Int: Int]
    private let byISO3: [String: Int]
    private let byCowAbbreviation: [String: Int]
    private let byName: [String: [Int]]
    private let preferred: [String: Int]

    /// Builds a directory.
    ///
    /// - Parameters:
    ///   - states: one entry per COW state.
    ///   - aliases: additional names per COW code (ISO names, official names, common English names).
    ///   - preferred: names that mean one state today although an older state bore them ("Korea"
    ///     is the Republic of Korea, not the pre-1905 kingdom, COW 730): tried before other names.
    public init(states: [StateInfo], aliases: [CowCode: [String]] = [:], preferred: [String: CowCode] = [:]) {
        self.states = states
        var byCow: [Int: Int] = [:]
        var byISO3: [String: Int] = [:]
        var byAbb: [String: Int] = [:]
        var byName: [String: [Int]] = [:]
        func addName(_ name: String, _ index: Int) {
            let key = StateDirectory.normalise(name)
            guard !key.isEmpty else { return }
            if !(byName[key]?.contains(index) ?? false) { byName[key, default: []].append(index) }
        }
        for (index, state) in states.enumerated() {
            byCow[state.cow.rawValue] = index
            // The store gives an ISO code only to the latest of the COW states that share it.
            if let iso = state.iso3, byISO3[iso.uppercased()] == nil { byISO3[iso.uppercased()] = index }
            byAbb[state.cowAbbreviation.uppercased()] = index
            addName(state.name, index)
            for alias in aliases[state.cow] ?? [] { addName(alias, index) }
        }
        var preferredIndex: [String: Int] = [:]
        for (name, cow) in preferred {
            if let index = byCow[cow.rawValue] { preferredIndex[StateDirectory.normalise(name)] = index }
        }
        self.preferred = preferredIndex
        self.byCow = byCow
        self.byISO3 = byISO3
        self.byCowAbbreviation = byAbb
        self.byName = byName
    }

    /// The state with a COW number.
    public func state(_ code: CowCode) -> StateInfo? {
        byCow[code.rawValue].map { states[$0] }
    }

    /// Resolves a code or name.
    ///
    /// - Throws: ``EntenteError`` `unknownState` with up to three suggestions, or `ambiguousName`
    ///   listing the candidates.
    public func resolve(_ text: String) throws(EntenteError) -> StateInfo {
        let trimmed = text.trimmingSpaces()
        let upper = trimmed.uppercased()
        if let index = byISO3[upper] { return states[index] }
        if let index = byCowAbbreviation[upper] { return states[index] }
        if let number = Int(trimmed), let index = byCow[number] { return states[index] }
        let key = StateDirectory.normalise(trimmed)
        if let index = preferred[key] { return states[index] }
        if let matches = byName[key] {
            if matches.count == 1 { return states[matches[0]] }
            let names = matches.map { "\(states[$0].name) (COW \(states[$0].cow))" }
            throw EntenteError(
                .ambiguousName,
                "'\(trimmed)' names more than one state: \(names.joined(separator: ", ")); give a code instead.")
        }
        let suggestions = suggest(for: key)
        var message =
            "Unknown state '\(trimmed)': expected an ISO 3166 alpha-3 code, a COW abbreviation or number, or a name."
        if !suggestions.isEmpty {
            message += " Did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
        }
        throw EntenteError(.unknownState, message)
    }

    /// Up to three names closest to `key` by edit distance.
    func suggest(for key: String) -> [String] {
        guard !key.isEmpty else { return [] }
        var scored: [(Int, String)] = []
        for (name, indices) in byName {
            let distance = Suggestions.editDistance(key, name)
            let limit = max(2, key.count / 3)
            let isPrefix = name.hasPrefix(key) && key.count >= 3
            if distance <= limit || isPrefix {
                scored.append((isPrefix ? 0 : distance, states[indices[0]].name))
            }
        }
        for (code, index) in byISO3 where Suggestions.editDistance(key, code.lowercased()) == 1 && key.count == 3 {
            scored.append((1, "\(code) (\(states[index].name))"))
        }
        var seen = Set<String>()
        return scored.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            .map(\.1).filter { seen.insert($0).inserted }.prefix(3).map { $0 }
    }

    /// Lower case, letters and digits only, so "Côte d'Ivoire", "cote divoire" and "COTE D IVOIRE" meet.
    public static func normalise(_ name: String) -> String {
        var result = ""
        for scalar in name.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": result.unicodeScalars.append(scalar)
            case "à", "á", "â", "ã", "ä", "å": result += "a"
            case "é", "è", "ê", "ë": result += "e"
            case "í", "ì", "î", "ï": result += "i"
            case "ó", "ò", "ô", "õ", "ö": result += "o"
            case "ú", "ù", "û", "ü": result += "u"
            case "ç": result += "c"
            case "ñ": result += "n"
            case "&": result += "and"
            default: continue
            }
        }
        return result
    }
}

extension String {
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
