import EntenteCore
import Foundation

/// The dashboard's words in both languages, read once from `Resources/i18n/<language>.json`.
///
/// Every label and message a page shows is a ``TextKey``; the catalogue test fails when a key is
/// missing or left in English in the Indonesian file.
struct Catalogue: Sendable {
    let texts: [Language: [String: String]]

    /// Reads both catalogues from the resource bundle.
    static func bundled() throws(EntenteError) -> Catalogue {
        var texts: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let data = try DashboardResources.data("i18n/\(language.rawValue).json")
            do {
                texts[language] = try JSONDecoder().decode([String: String].self, from: data)
            } catch {
                throw EntenteError(
                    .internalFailure,
                    "The dashboard catalogue i18n/\(language.rawValue).json is not a JSON object of strings.",
                    underlying: error)
            }
        }
        return Catalogue(texts: texts)
    }

    /// The text of a key; the key's name if a catalogue lacks it (the catalogue test prevents that).
    func text(_ key: TextKey, _ language: Language) -> String {
        texts[language]?[key.rawValue] ?? texts[.english]?[key.rawValue] ?? key.rawValue
    }

    /// The text with `{name}` placeholders filled in.
    func text(_ key: TextKey, _ language: Language, _ values: [String: String]) -> String {
        var out = text(key, language)
        for (name, value) in values { out = out.replacing("{\(name)}", with: value) }
        return out
    }
}
