public import EntenteCore
public import EntenteServices
public import Hummingbird
import Logging
import NIOCore

/// The dashboard: server-rendered pages in English and Bahasa Indonesia over the same services as
/// the API. Pages render reports; the only work they do is layout (map projection, chart scales).
public struct Dashboard: Sendable {
    let services: Services
    let jobs: SimulationJobs
    let configuration: ServerConfiguration
    let assets: DashboardAssets
    let answers: AnswerCache?

    /// Reads the dashboard's resources (catalogue, map, examples) once.
    ///
    /// - Throws: ``EntenteCore/EntenteError`` when a resource is missing or malformed (a broken install).
    public init(
        services: Services, jobs: SimulationJobs, configuration: ServerConfiguration, answers: AnswerCache? = nil
    ) throws(EntenteError) {
        self.services = services
        self.answers = answers
        self.jobs = jobs
        self.configuration = configuration
        self.assets = try DashboardAssets.bundled()
    }

    /// Adds the pages and their static files to `router`.
    public func register(on router: Router<BasicRequestContext>, guardian: AccessGuard) {
        let pages = DashboardPages(
            services: services, jobs: jobs, configuration: configuration, assets: assets, guardian: guardian,
            answers: answers)
        let files = assets.staticFiles
        router.get("/static/{file}") { _, context in
            guard let name = context.parameters.get("file"), let file = files[name] else {
                throw HTTPError(.notFound)
            }
            return Response(
                status: .ok, headers: [.contentType: file.mediaType, .cacheControl: "public, max-age=3600"],
                body: ResponseBody(byteBuffer: file.bytes))
        }
        router.get("/") { request, context in
            await pages.respond(request, kept: true) { c in try await pages.home(request, context, c) }
        }
        router.get("/state") { request, context in
            await pages.respond(request, kept: true) { c in try await pages.stateIndex(request, context, c) }
        }
        router.get("/state/{state}") { request, context in
            await pages.respond(request, kept: true) { c in try await pages.state(request, context, c) }
        }
        router.get("/law") { request, _ in await pages.respond(request) { c in pages.lawIndex(c) } }
        router.get("/law/{question}") { request, context in
            await pages.respond(request) { c in try pages.lawForm(request, context, c) }
        }
        router.post("/law/{question}") { request, context in
            await pages.respond(request) { c in try await pages.lawAssess(request, context, c) }
        }
        router.get("/custom") { request, context in
            await pages.respond(request) { c in try pages.customForm(request, context, c) }
        }
        router.post("/custom") { request, _ in
            await pages.respond(request) { c in try await pages.customAssess(request, c) }
        }
        router.get("/network") { request, context in
            await pages.respond(request, kept: true) { c in try await pages.network(request, context, c) }
        }
        router.get("/simulation") { request, context in
            await pages.respond(request) { c in try await pages.simulationIndex(request, context, c) }
        }
        router.post("/simulation") { request, _ in
            await pages.respond(request, readsChecked: false) { c in try await pages.simulationSubmit(request, c) }
        }
        router.get("/simulation/jobs/{id}") { request, context in
            await pages.respond(request) { c in try await pages.simulationJob(request, context, c) }
        }
        router.get("/simulation/compare") { request, context in
            await pages.respond(request) { c in try await pages.simulationCompare(request, context, c) }
        }
    }
}

/// The page handlers, with what they share.
struct DashboardPages: Sendable {
    let services: Services
    let jobs: SimulationJobs
    let configuration: ServerConfiguration
    let assets: DashboardAssets
    let guardian: AccessGuard
    let answers: AnswerCache?

    static let tokenCookie = "entente_token"

    /// Runs a page: checks the token when reads need one, keeps to the time limit, and turns any
    /// failure into a friendly page in the reader's language (4xx with the message; for the
    /// server's own failures a fixed sentence, the detail logged).
    ///
    /// A `kept` page depends only on its address, its language and the store (the knowledge-base
    /// pages, not the simulation pages whose jobs change by themselves), so it is kept in the
    /// answer cache like an API answer; the reader's cookies are set afresh on every answer.
    func respond(
        _ request: Request, readsChecked: Bool = true, kept: Bool = false,
        _ body: @escaping @Sendable (PageContext) async throws -> Response
    ) async -> Response {
        let c = PageContext(request: request, catalogue: assets.catalogue)
        do {
            if readsChecked && configuration.readsNeedToken { try authorise(request, token: nil) }
            var response: Response
            if kept, let answers, !configuration.readsNeedToken {
                response = try await answers.response(for: pageKey(c)) { [guardian] in
                    try await guardian.withinTimeLimit { try await body(c) }
                }
                if c.languageChosen { response.setCookie(Language.cookie(for: c.language)) }
            } else {
                response = try await guardian.withinTimeLimit { try await body(c) }
            }
            // A reader who opened the dashboard with `?token=` (reads need it beyond loopback) gets
            // it remembered, so links inside the dashboard work without it.
            if configuration.readsNeedToken, let token = request.uri.queryParameters.get("token"),
                request.cookies[Self.tokenCookie]?.value != token
            {
                response.setCookie(try Self.rememberedToken(String(token)))
            }
            return response
        } catch {
            return errorPage(c, error)
        }
    }

    /// What identifies a kept page: its address without the language switch, and the language.
    func pageKey(_ c: PageContext) -> AnswerCache.Key {
        let query = c.query.map { "\($0.0)=\($0.1)" }.joined(separator: "&") + "&lang=" + c.language.rawValue
        return AnswerCache.Key(
            generation: services.storeGeneration, method: .get, path: c.path, query: query, body: nil)
    }

    /// Checks the server token through ``AccessGuard``: a token from a form, else the remembered
    /// cookie, else what the request itself carries (header or `?token=`).
    func authorise(_ request: Request, token: String?) throws {
        guard let token = token ?? request.cookies[Self.tokenCookie]?.value else {
            return try guardian.authorise(request)
        }
        var head = request.head
        head.headerFields[.authorization] = "Bearer " + token
        try guardian.authorise(Request(head: head, body: RequestBody(buffer: ByteBuffer())))
    }

    func errorPage(_ c: PageContext, _ error: any Error) -> Response {
        let (status, _, message) = APIErrorMiddleware.describe(error)
        let shown: String
        switch status {
        case .unauthorized: shown = c.t(.errorToken)
        case .notFound where error is HTTPError: shown = c.t(.errorNoSuchPage)
        case _ where status.code >= 500:
            shown = c.t(.errorInternal)
            Logger(label: "entente.dashboard").error("\(c.path) failed: \(String(reflecting: error))")
        default: shown = message
        }
        return Layout.page(
            c, title: c.t(.errorTitle), section: .none,
            body: [
                HTML.p(shown, [("class", "error"), ("role", "alert")]),
                HTML.el("p", [], [HTML.link("/", c.t(.errorBack))]),
            ], sources: [], status: status)
    }

    /// The cookie that remembers an accepted token: sent only to this server, never to scripts,
    /// and not on requests started by other sites.
    static func rememberedToken(_ token: String) throws -> Cookie {
        try Cookie.validated(name: tokenCookie, value: token, path: "/", httpOnly: true, sameSite: .strict)
    }

    /// A 303 to another page (after a form post).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
