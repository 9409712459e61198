import Foundation
import Hummingbird

/// The dashboard's languages: English and Bahasa Indonesia.
///
/// Chosen per request: `?lang=` wins (and is remembered in a cookie), then the `lang` cookie,
/// then the first of the two the browser's `Accept-Language` prefers, then English.
enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case indonesian = "id"

    static let cookieName = "lang"

    /// The language of a request, and whether it was chosen by `?lang=` (so the answer sets the cookie).
    static func of(_ request: Request) -> (language: Language, chosen: Bool) {
        if let asked = request.uri.queryParameters.get("lang"), let language = Language(rawValue: asked) {
            return (language, true)
        }
        if let remembered = request.cookies[cookieName]?.value, let language = Language(rawValue: remembered) {
            return (language, false)
        }
        return (fromAcceptLanguage(request.headers[.acceptLanguage] ?? ""), false)
    }

    /// The cookie that remembers a language chosen with `?lang=`, for a year.
    static func cookie(for language: Language) -> Cookie {
        Cookie(
            name: cookieName, value: language.rawValue, maxAge: 31_536_000, path: "/", httpOnly: true, sameSite: .lax)
    }

    /// The supported language with the highest `q` in an `Accept-Language` header; ties go to the
    /// one listed first.
    static func fromAcceptLanguage(_ header: String) -> Language {
        var best: (language: Language, q: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased() else { continue }
            let primary = String(tag.split(separator: "-").first ?? "")
            // "in" is the withdrawn ISO 639 code for Indonesian that old systems still send.
            let language: Language? =
                primary == "id" || primary == "in" ? .indonesian : primary == "en" ? .english : nil
            guard let language else { continue }
            let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if q > (best?.q ?? 0) { best = (language, q) }
        }
        return best?.language ?? .english
    }
}
