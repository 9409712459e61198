import EntenteRender
import Hummingbird
import NIOCore

/// The page shell every dashboard page shares: head, navigation, language switch, the page's body,
/// and its sources and coverage at the foot.
enum Layout {
    typealias Node = Markup.Node

    enum Section: Sendable {
        case home, state, law, custom, network, simulation, none
    }

    static func page(
        _ c: PageContext, title: String, section: Section, body: [Node], sources: [DataNote],
        status: HTTPResponse.Status = .ok, refreshSeconds: Int? = nil, script: String? = nil
    ) -> Response {
        var head: [Node] = [
            HTML.void("meta", [("charset", "utf-8")]),
            HTML.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            HTML.text("title", title + " · Entente"),
            HTML.void("link", [("rel", "stylesheet"), ("href", "/static/dashboard.css")]),
            // No icon: an empty one spares the browser a request for /favicon.ico.
            HTML.void("link", [("rel", "icon"), ("href", "data:,")]),
        ]
        if let refreshSeconds {
            head.append(
                HTML.el(
                    "noscript", [],
                    [HTML.void("meta", [("http-equiv", "refresh"), ("content", String(refreshSeconds))])]))
        }
        if let script { head.append(HTML.el("script", [("src", "/static/\(script)"), ("defer", "defer")], [])) }
        let items: [(Section, String, TextKey)] = [
            (.home, "/", .navHome), (.state, "/state", .navState), (.law, "/law", .navLaw),
            (.custom, "/custom", .navCustom), (.network, "/network", .navNetwork),
            (.simulation, "/simulation", .navSimulation),
        ]
        let nav = HTML.el(
            "nav", [("aria-label", c.t(.navLabel))],
            [
                HTML.el(
                    "ul", [],
                    items.map { item in
                        HTML.el(
                            "li", [],
                            [HTML.link(item.1, c.t(item.2), item.0 == section ? [("aria-current", "page")] : [])])
                    })
            ])
        let switcher = HTML.el(
            "p", [("class", "languages")],
            HTML.joined(
                Language.allCases.map { language in
                    let name = language == .english ? "English" : "Bahasa Indonesia"
                    return language == c.language
                        ? HTML.text("strong", [("lang", language.rawValue)], name)
                        : HTML.link(
                            c.address(in: language), name,
                            [("lang", language.rawValue), ("hreflang", language.rawValue)])
                }, separator: " · "))
        let header = HTML.el(
            "header", [],
            [
                HTML.el("p", [("class", "brand")], [HTML.link("/", "Entente")]),
                HTML.text("span", [("class", "tagline")], c.t(.tagline)), switcher, nav,
            ])
        var foot: [Node] = [HTML.text("h2", c.t(.sourcesTitle))]
        if sources.isEmpty {
            foot.append(HTML.p(c.t(.sourcesNone)))
        } else {
            foot.append(
                HTML.el(
                    "ul", [("class", "sources")],
                    sources.map { note in
                        HTML.el(
                            "li", [],
                            [
                                HTML.text("strong", note.source),
                                .text(" — " + c.t(.coverageLabel) + ": " + note.coverage),
                            ])
                    }))
        }
        foot.append(HTML.p(c.t(.footerNote), [("class", "hint")]))
        let document = Markup.htmlDocument(
            HTML.el(
                "html", [("lang", c.language.rawValue)],
                [
                    HTML.el("head", [], head),
                    HTML.el(
                        "body", [],
                        [header, HTML.el("main", [], [HTML.text("h1", title)] + body), HTML.el("footer", [], foot)]),
                ]))
        var response = Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                .contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
                .xContentTypeOptions: "nosniff",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: document)))
        if c.languageChosen {
            response.setCookie(Language.cookie(for: c.language))
        }
        return response
    }
}
