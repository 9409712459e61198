import EntenteCore
import EntenteRender
import EntenteServices
import EntenteTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import EntenteServer

@Suite("Dashboard pages, in process")
struct DashboardTests {
    typealias Support = DashboardTestSupport

    /// A page, and a catalogue key whose text the page must show.
    struct Page: Sendable, CustomTestStringConvertible {
        let path: String
        let key: TextKey
        /// Words from the data the page must show too, whatever the language.
        let content: [String]
        var testDescription: String { path }
    }

    static let pages: [Page] = [
        Page(path: "/", key: .homeTopHeading, content: ["<svg", "/static/world.svg", "/state/USA"]),
        Page(
            path: "/?year=2010&region=asia&layer=exercise", key: .homeGraphHeading,
            content: ["/state/IDN", "<line", "class=\"land in\""]),
        Page(path: "/state", key: .stateListHeading, content: ["/state/IDN"]),
        Page(
            path: "/state/IDN?year=2015&from=2012", key: .membershipsHeading,
            content: ["Indonesia", "ASEAN", "<polyline"]),
        Page(path: "/law", key: .lawIntro, content: ["/law/self_defence", "/custom"]),
        Page(path: "/law/self_defence", key: .factsLegend, content: ["fact.acting_state", "<textarea"]),
        Page(path: "/custom", key: .customIntro, content: ["<textarea", "cu-04-persistent-objector-in-time.yaml"]),
        Page(
            path: "/network?year=2010&region=asia", key: .indexHeading,
            content: ["format=graphml", "format=gexf", "<svg", "layer=exercise&amp;region=asia"]),
        Page(path: "/simulation", key: .simulationIntro, content: ["richardson-stable.yaml", "name=\"token\""]),
    ]

    @Test(
        "Every page answers 200 in both languages with its content and its sources", arguments: pages, Language.allCases
    )
    func pageInBothLanguages(page: Page, language: Language) async throws {
        let server = try await Support.server()
        let separator = page.path.contains("?") ? "&" : "?"
        try await server.makeApplication().test(.router) { client in
            let response = try await client.execute(
                uri: page.path + separator + "lang=" + language.rawValue, method: .get)
            let html = Support.body(response)
            #expect(response.status == .ok, "\(page.path): \(html.prefix(400))")
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
            let expected = try Support.text(page.key, language).split(separator: "{").first.map(String.init) ?? ""
            #expect(html.contains(Markup.escape(expected)), "\(page.path) lacks '\(expected)'")
            #expect(html.contains(Markup.escape(try Support.text(.sourcesTitle, language))))
            for word in page.content where !word.isEmpty { #expect(html.contains(word), "\(page.path) lacks \(word)") }
            // The other language's navigation must not leak in.
            let other = Language.allCases.first { $0 != language }!
            #expect(!html.contains(">" + (try Support.text(.navSimulation, other)) + "<") || other == language)
        }
    }

    @Test(
        "The map says where its boundaries come from and whose point of view they follow", arguments: Language.allCases)
    func mapCredit(language: Language) async throws {
        let server = try await Support.server()
        try await server.makeApplication().test(.router) { client in
            let html = Support.body(
                try await client.execute(uri: "/?year=2015&lang=\(language.rawValue)", method: .get))
            #expect(html.contains(Markup.escape(try Support.text(.mapCredit, language))))
            #expect(html.contains(Markup.escape(try Support.text(.mapPointOfView, language))))
        }
    }

    @Test("Past ATOP's last year the profile says the alliances are unknown, not none")
    func unknownAfterCoverage() async throws {
        let server = try await Support.server()
        let last = Services.coverage.alliances.lastYear
        let year = Services.coverage.worldYears.upperBound
        try #require(year > last)
        try await server.makeApplication().test(.router) { client in
            let html = Support.body(
                try await client.execute(uri: "/state/IDN?year=\(year)&from=\(year)&lang=en", method: .get))
            let unknown = try Support.catalogue().text(.unknownAfter, .english, ["year": String(last)])
            #expect(html.contains(unknown))
        }
    }

    @Test("The state page lists the stated peacekeeping totals up to its year, flagged partial, none after")
    func peacekeepingOnTheStatePage() async throws {
        let server = try await Support.server()
        try await server.makeApplication().test(.router) { client in
            let html = Support.body(
                try await client.execute(uri: "/state/IDN?year=2020&from=2020&lang=en", method: .get))
            #expect(html.contains(Markup.escape(try Support.text(.peacekeepingHeading, .english))))
            // Indonesia's curated month-ends: 2019-03-31 and 2020-08-31 by the end of 2020; 2023-11-30 is later.
            let partial = try Support.catalogue().text(.peacekeepingPartial, .english, ["months": "2"])
            #expect(html.contains(Markup.escape(partial)))
            #expect(html.contains("2019-03-31") && html.contains("2020-08-31"))
            #expect(!html.contains("2023-11-30"))
        }
    }

    @Test("Accept-Language chooses Indonesian; ?lang= is remembered in a cookie")
    func languageChoice() async throws {
        let server = try await Support.server()
        try await server.makeApplication().test(.router) { client in
            let negotiated = try await client.execute(
                uri: "/law", method: .get, headers: [.acceptLanguage: "id-ID,id;q=0.9,en;q=0.5"])
            #expect(Support.body(negotiated).contains("<html lang=\"id\">"))
            #expect(negotiated.headers[.setCookie] == nil)
            let chosen = try await client.execute(uri: "/law?lang=id", method: .get, headers: [.acceptLanguage: "en"])
            #expect(chosen.headers[.setCookie]?.hasPrefix("lang=id") == true)
            let remembered = try await client.execute(
                uri: "/law", method: .get, headers: [.cookie: "lang=id", .acceptLanguage: "en"])
            #expect(Support.body(remembered).contains("<html lang=\"id\">"))
        }
    }

    @Test("A hostile state name or query is escaped on the error page, which is a 4xx with no internals")
    func hostileInputIsEscaped() async throws {
        let server = try await Support.server()
        let hostile = "<script>alert(1)</script>"
        try await server.makeApplication().test(.router) { client in
            let state = try await client.execute(uri: "/state/" + PageContext.encode(hostile), method: .get)
            #expect(state.status == .notFound)
            let html = Support.body(state)
            #expect(!html.contains(hostile))
            #expect(html.contains("&lt;script&gt;"))
            #expect(!html.contains("/work/") && !html.contains(".swift"))
            let query = try await client.execute(uri: "/?region=" + PageContext.encode(hostile), method: .get)
            #expect(query.status == .badRequest)
            #expect(!Support.body(query).contains(hostile))
            #expect(Support.body(query).contains("&lt;script&gt;"))
            let search = try await client.execute(
                uri: "/state?state=" + PageContext.encode("\"><img src=x>"), method: .get)
            #expect(search.status.code >= 400 && search.status.code < 500)
            #expect(!Support.body(search).contains("<img src=x>"))
        }
    }

    @Test("The legal form posts its facts and renders the outcome, the explanation and what would change it")
    func legalFormAssesses() async throws {
        let server = try await Support.server()
        let facts: [(String, String)] = [
            ("as_of", "1990-08-03"), ("fact.acting_state", "KWT"), ("fact.target_state", "IRQ"),
            ("fact.self_defence_type", "individual"), ("fact.armed_attack_occurred", "true"),
            ("fact.attack_gravity", "armed_attack"), ("fact.attacker_is_state", "true"),
            ("fact.burden_of_proof_met", "true"), ("fact.reported_to_sc", "true"), ("fact.necessity", "true"),
            ("fact.proportionality", "true"), ("fact.sc_authorisation", "false"),
            ("fact.location.place", "Kuwait City"),
            ("fact.necessity_note", ""), ("mode", "form"),
        ]
        // The same facts as a document, answered by the service directly.
        let document = """
            {"question":"self_defence","as_of":"1990-08-03","facts":{"acting_state":"KWT","target_state":"IRQ",
            "self_defence_type":"individual","armed_attack_occurred":true,"attack_gravity":"armed_attack",
            "attacker_is_state":true,"burden_of_proof_met":true,"reported_to_sc":true,"necessity":true,
            "proportionality":true,"sc_authorisation":false,"location":{"place":"Kuwait City"}}}
            """
        let expected = try await server.services.assess(document: document, file: "test")
        try await server.makeApplication().test(.router) { client in
            let response = try await client.execute(
                uri: "/law/self_defence?lang=id", method: .post, headers: Support.formHeaders, body: Support.form(facts)
            )
            let html = Support.body(response)
            #expect(response.status == .ok, "\(html.prefix(600))")
            #expect(html.contains("<strong>\(Markup.escape(expected.outcome))</strong>"))
            #expect(html.contains(Markup.escape(try Support.text(.wouldChangeHeading, .indonesian))))
            #expect(html.contains(Markup.escape(try Support.text(.explanationHeading, .indonesian))))
            #expect(html.contains("ARMED_ATTACK"))
            #expect(html.contains("class=\"tree\""))
        }
    }

    @Test("A malformed legal form is a 400 page naming the problem")
    func legalFormRefusesBadNumbers() async throws {
        let server = try await Support.server()
        try await server.makeApplication().test(.router) { client in
            let response = try await client.execute(
                uri: "/law/self_defence", method: .post, headers: Support.formHeaders,
                body: Support.form([("mode", "document"), ("document", "question: self_defence\nfacts: [unclosed")]))
            #expect(response.status == .badRequest)
            #expect(Support.body(response).contains("class=\"error\""))
        }
    }

    @Test("A customary-law rule posted from the form shows its evidence table and life-cycle chart")
    func customLawAssesses() async throws {
        let server = try await Support.server()
        let rule = try String(
            contentsOf: try DashboardResources.url("law/custom/cu-04-persistent-objector-in-time.yaml"), encoding: .utf8
        )
        let expected = try await server.services.assess(document: rule, file: "test")
        try await server.makeApplication().test(.router) { client in
            let response = try await client.execute(
                uri: "/custom?lang=en", method: .post, headers: Support.formHeaders,
                body: Support.form([("rule", rule)]))
            let html = Support.body(response)
            #expect(response.status == .ok, "\(html.prefix(600))")
            #expect(html.contains("<strong>\(Markup.escape(expected.outcome))</strong>"))
            #expect(html.contains(Markup.escape(try Support.text(.evidenceHeading, .english))))
            #expect(html.contains("aria-label=\"practice and acceptance over time\""))
            #expect(html.contains(Markup.escape(try Support.text(.colPractises, .english))))
        }
    }

    @Test("A simulation submitted through the form needs the token, finishes, and two runs compare")
    func simulationThroughTheForm() async throws {
        let server = try await Support.server()
        let example = try String(contentsOf: try DashboardResources.url("sim/richardson-stable.yaml"), encoding: .utf8)
        let scenario = example.replacing("replicates: 20", with: "replicates: 3").replacing(
            "horizon: 2000", with: "horizon: 200")
        try await server.makeApplication().test(.router) { client in
            let refused = try await client.execute(
                uri: "/simulation", method: .post, headers: Support.formHeaders,
                body: Support.form([("scenario", scenario), ("token", "wrong")]))
            #expect(refused.status == .unauthorized)
            #expect(await server.jobs.list().isEmpty)

            var ids: [String] = []
            for round in 0..<2 {
                // The first submission carries the token; the second relies on the cookie it set.
                var headers = Support.formHeaders
                var fields = [("scenario", scenario)]
                if round == 0 {
                    fields.append(("token", Support.token))
                } else {
                    headers[.cookie] = "entente_token=\(Support.token)"
                }
                let submitted = try await client.execute(
                    uri: "/simulation", method: .post, headers: headers, body: Support.form(fields))
                #expect(submitted.status == .seeOther, "\(Support.body(submitted).prefix(400))")
                if round == 0 { #expect(submitted.headers[.setCookie]?.hasPrefix("entente_token=") == true) }
                let location = try #require(submitted.headers[.location])
                let id = try #require(location.split(separator: "/").last.map(String.init))
                for await _ in try await server.jobs.watch(id) {}
                ids.append(id)
                let page = try await client.execute(uri: location + "?lang=id", method: .get)
                let html = Support.body(page)
                #expect(page.status == .ok)
                #expect(html.contains(Markup.escape(try Support.text(.jobFinished, .indonesian))))
                #expect(html.contains(Markup.escape(try Support.text(.ensembleHeading, .indonesian))))
                #expect(!html.contains("job.js"), "a finished job needs no progress script")
            }
            let compare = try await client.execute(uri: "/simulation/compare?a=\(ids[0])&b=\(ids[1])", method: .get)
            #expect(compare.status == .ok)
            let html = Support.body(compare)
            let report = try #require(try await server.jobs.status(ids[0]).result)
            for metric in report.summaryNames { #expect(html.contains("<td>\(Markup.escape(metric))</td>")) }
        }
    }

    @Test("Beyond loopback the pages need the token; given once as ?token= it is remembered")
    func readsNeedTheToken() async throws {
        let services = Services(store: try await BundledStore.store())
        let server = try EntenteServerApp(
            services: services,
            configuration: ServerConfiguration(token: Support.token, requestTimeoutSeconds: 1800, readsNeedToken: true))
        try await server.makeApplication().test(.router) { client in
            let refused = try await client.execute(uri: "/law", method: .get)
            #expect(refused.status == .unauthorized)
            #expect(Support.body(refused).contains(Markup.escape(try Support.text(.errorToken, .english))))
            let wrong = try await client.execute(uri: "/law?token=nope", method: .get)
            #expect(wrong.status == .unauthorized)
            #expect(wrong.headers[.setCookie] == nil)
            let given = try await client.execute(uri: "/law?token=\(Support.token)", method: .get)
            #expect(given.status == .ok)
            #expect(given.headers[.setCookie]?.hasPrefix("entente_token=\(Support.token)") == true)
            let remembered = try await client.execute(
                uri: "/law", method: .get, headers: [.cookie: "entente_token=\(Support.token)"])
            #expect(remembered.status == .ok)
        }
    }

    @Test("Static files are served from the bundle; unknown ones are 404")
    func staticFiles() async throws {
        let server = try await Support.server()
        try await server.makeApplication().test(.router) { client in
            let css = try await client.execute(uri: "/static/dashboard.css", method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType]?.hasPrefix("text/css") == true)
            let world = try await client.execute(uri: "/static/world.svg", method: .get)
            #expect(world.headers[.contentType] == "image/svg+xml")
            #expect(Support.body(world).contains("<title>Indonesia</title>"))
            let missing = try await client.execute(uri: "/static/..%2FPackage.swift", method: .get)
            #expect(missing.status == .notFound)
        }
    }
}
