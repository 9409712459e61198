import EntenteCore

/// The names a situation may give a collective-defence treaty: its short key, official title and
/// common names, compared without case, spaces or punctuation.
///
/// Titles: North Atlantic Treaty (Washington, 4 April 1949); Security Treaty between Australia, New
/// Zealand and the United States of America (San Francisco, 1 September 1951); Inter-American
/// Treaty of Reciprocal Assistance (Rio de Janeiro, 2 September 1947; Spanish TIAR); Collective
/// Security Treaty (Tashkent, 15 May 1992) — legal-sources §§4–5.
enum TreatyNames {
    static let names: [(book: CollectiveDefenceModule.Book, names: [String])] = [
        (
            .nato5,
            [
                "NATO", "North Atlantic Treaty", "Washington Treaty", "Treaty of Washington",
                "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "OTAN",
            ]
        ),
        (
            .anzus,
            [
                "ANZUS", "ANZUS Treaty", "ANZUS Pact", "Pacific Security Treaty",
                "Security Treaty between Australia, New Zealand and the United States of America",
            ]
        ),
        (
            .rio,
            [
                "Rio", "Rio Treaty", "Rio Pact", "TIAR", "Inter-American Treaty of Reciprocal Assistance",
                "Interamerican Treaty of Reciprocal Assistance", "Tratado Interamericano de Asistencia Recíproca",
            ]
        ),
        (
            .csto,
            [
                "CSTO", "Collective Security Treaty", "Tashkent Treaty", "Collective Security Treaty Organization",
                "Collective Security Treaty Organisation", "ODKB",
            ]
        ),
    ]

    static let index: [String: CollectiveDefenceModule.Book] = {
        var index: [String: CollectiveDefenceModule.Book] = [:]
        for (book, names) in names {
            for name in names { index[key(name)] = book }
        }
        return index
    }()

    /// Letters and digits, upper case: "Inter-American Treaty …" and "inter american treaty …" meet.
    static func key(_ name: String) -> String {
        String(name.uppercased().filter { $0.isLetter || $0.isNumber })
    }

    static func book(_ name: String) -> CollectiveDefenceModule.Book? { index[key(name)] }

    /// Up to three names close to an unknown one, for "did you mean" (one edit per four letters, so
    /// "SEATO", another treaty, is not taken for "NATO").
    static func suggestions(_ name: String) -> [String] {
        let k = key(name)
        var scored: [(Int, String)] = []
        for (_, names) in names {
            for candidate in names {
                let d = Suggestions.editDistance(k, key(candidate))
                if d <= max(1, k.count / 4) || (k.count >= 4 && key(candidate).hasPrefix(k)) {
                    scored.append((d, candidate))
                }
            }
        }
        return scored.sorted { $0.0 < $1.0 }.prefix(3).map(\.1)
    }
}
