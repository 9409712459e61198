import Foundation
import Testing

@testable import EntenteServer

@Suite("Dashboard catalogue: every key in English and Bahasa Indonesia")
struct DashboardCatalogueTests {
    let catalogue: Catalogue
    let same: Set<String>

    init() throws {
        catalogue = try Catalogue.bundled()
        let list = catalogue.texts[.indonesian]?["_sameAsEnglish"] ?? ""
        same = Set(list.split(separator: ",").map(String.init))
    }

    @Test("Every key has a non-empty text in both languages", arguments: Language.allCases)
    func noKeyMissing(language: Language) throws {
        let texts = try #require(catalogue.texts[language])
        for key in TextKey.allCases {
            let text = texts[key.rawValue]
            #expect(text != nil, "\(language.rawValue).json lacks '\(key.rawValue)'")
            #expect(text?.trimmingCharacters(in: .whitespaces).isEmpty == false, "'\(key.rawValue)' is blank")
        }
    }

    @Test("The catalogues hold no key the pages do not use", arguments: Language.allCases)
    func noStrayKey(language: Language) throws {
        let known = Set(TextKey.allCases.map(\.rawValue))
        let stray = try #require(catalogue.texts[language]).keys.filter { !$0.hasPrefix("_") && !known.contains($0) }
        #expect(stray.isEmpty, "unused keys in \(language.rawValue).json: \(stray.sorted())")
    }

    @Test("No Indonesian text is left in English, except the listed names and codes")
    func indonesianIsTranslated() throws {
        let english = try #require(catalogue.texts[.english])
        let indonesian = try #require(catalogue.texts[.indonesian])
        for key in TextKey.allCases where !same.contains(key.rawValue) {
            #expect(english[key.rawValue] != indonesian[key.rawValue], "'\(key.rawValue)' is untranslated")
        }
        // The exceptions must really be the same; a stale entry would hide a future omission.
        for key in same { #expect(english[key] == indonesian[key], "'\(key)' is listed as identical but differs") }
    }

    @Test("Both languages fill in the same placeholders")
    func placeholdersMatch() throws {
        func placeholders(_ text: String) -> Set<String> {
            var out = Set<String>()
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                out.insert(String(rest[rest.index(after: open)..<close]))
                rest = rest[rest.index(after: close)...]
            }
            return out
        }
        for key in TextKey.allCases {
            let en = catalogue.text(key, .english), id = catalogue.text(key, .indonesian)
            #expect(placeholders(en) == placeholders(id), "'\(key.rawValue)': \(en) / \(id)")
        }
    }

    @Test(
        "Accept-Language picks the preferred supported language",
        arguments: [
            ("id-ID,id;q=0.9,en;q=0.8", Language.indonesian), ("en-GB,en;q=0.9,id;q=0.5", .english),
            ("fr-FR, id;q=0.4", .indonesian), ("de-DE", .english), ("", .english), ("en;q=0.2, in;q=0.8", .indonesian),
        ])
    func acceptLanguage(header: String, expected: Language) {
        #expect(Language.fromAcceptLanguage(header) == expected)
    }
}
