import EntenteCore
import EntenteRender
import Foundation
import Hummingbird

/// What every page needs to speak to the reader: the language, its catalogue, and the address of
/// the page (for the language switch).
struct PageContext: Sendable {
    let language: Language
    /// The language came from `?lang=`: the answer remembers it in a cookie.
    let languageChosen: Bool
    let catalogue: Catalogue
    let path: String
    /// The query without `lang`, to rebuild links to the same page in the other language.
    let query: [(String, String)]

    init(request: Request, catalogue: Catalogue) {
        (language, languageChosen) = Language.of(request)
        self.catalogue = catalogue
        path = request.uri.path
        query = request.uri.queryParameters.map { (String($0.key), String($0.value)) }.filter { $0.0 != "lang" }
    }

    func t(_ key: TextKey) -> String { catalogue.text(key, language) }

    func t(_ key: TextKey, _ values: [String: String]) -> String { catalogue.text(key, language, values) }

    /// This page in another language.
    func address(in language: Language) -> String {
        var items = query.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }
        items.append("lang=\(language.rawValue)")
        return path + "?" + items.joined(separator: "&")
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    /// A number with `digits` decimals, in the language's decimal mark; an undefined value is the
    /// word "unknown", never a blank.
    func number(_ value: Double?, digits: Int = 2) -> String {
        guard let value, value.isFinite else { return t(.unknown) }
        let text = String(format: "%.\(digits)f", value)
        return language == .indonesian ? text.replacing(".", with: ",") : text
    }

    func integer(_ value: Int?) -> String { value.map(String.init) ?? t(.unknown) }

    func truth(_ value: Truth) -> String {
        switch value {
        case .yes: t(.yes)
        case .no: t(.no)
        case .unknown: t(.unknown)
        }
    }

    func yesNo(_ value: Bool) -> String { value ? t(.yes) : t(.no) }

    /// "ATOP alliances: 1815–2018 (complete)"-style line for a dataset's coverage.
    func coverage(_ name: String, _ c: DatasetCoverage) -> DataNote {
        let completeness = c.completeness == .complete ? t(.coverageComplete) : t(.coveragePartial)
        return DataNote(
            source: name,
            coverage: t(
                .coverageSpan,
                [
                    "from": String(c.firstYear), "to": String(c.lastYear), "completeness": completeness,
                    "until": c.observedUntil.iso,
                ]))
    }

    /// "unknown after 2018" when a year is past a source's last observation; nil inside it.
    func unknownAfter(_ c: DatasetCoverage, year: Int) -> String? {
        year > c.lastYear ? t(.unknownAfter, ["year": String(c.lastYear)]) : nil
    }
}

/// A source a page draws on and what it covers, shown at the foot of the page.
struct DataNote: Sendable, Hashable {
    var source: String
    var coverage: String
}
