public import EntenteCore
public import EntenteServices
public import Hummingbird
public import Logging
import NIOCore

/// The HTTP front end: the JSON API, its OpenAPI document, and the dashboard, over one
/// ``EntenteServices/Services``. Every route renders what a service function returns.
public struct EntenteServerApp: Sendable {
    public let services: Services
    public let configuration: ServerConfiguration
    public let jobs: SimulationJobs
    public let dashboard: Dashboard
    /// Answers already given, kept until the store changes (`nil` when the configuration turns it off).
    public let answers: AnswerCache?

    public init(services: Services, configuration: ServerConfiguration) throws(EntenteError) {
        self.services = services
        self.configuration = configuration
        self.jobs = SimulationJobs(
            maxRunning: configuration.maxRunningJobs, kept: configuration.keptJobs,
            threadsPerJob: configuration.threadsPerJob)
        let answers = configuration.answerCacheBytes > 0 ? AnswerCache(maxBytes: configuration.answerCacheBytes) : nil
        self.answers = answers
        self.dashboard = try Dashboard(services: services, jobs: jobs, configuration: configuration, answers: answers)
    }

    /// Every API route, in the order the OpenAPI document lists them.
    public var routes: [APIRoute] {
        DataAPI.routes(services, configuration) + PanelAPI.routes(services) + LawAPI.routes(services, configuration)
            + NetworkAPI.routes(services)
            + SimulationAPI.routes(services, jobs, configuration)
    }

    /// The OpenAPI 3.1 document of ``routes``.
    public var openAPI: JSONValue { OpenAPIDocument.build(routes: routes) }

    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: APIErrorMiddleware())
        let guardian = AccessGuard(configuration: configuration)
        let services = services
        let maxBody = configuration.maxBodyBytes
        for route in routes {
            let handler = route.handler
            let needsToken = route.needsToken || configuration.readsNeedToken
            let cache = route.cached ? answers : nil
            router.on(RouterPath(route.routerPath), method: route.method) { request, context in
                if needsToken { try guardian.authorise(request) }
                guard let cache else {
                    return try await guardian.withinTimeLimit { try await handler(request, context) }
                }
                var request = request
                let body = request.method == .get ? nil : try await request.collectBody(upTo: maxBody)
                let key = AnswerCache.Key(
                    generation: services.storeGeneration, method: request.method, path: request.uri.path,
                    query: request.uri.query ?? "", body: body)
                return try await cache.response(for: key) { [request] in
                    try await guardian.withinTimeLimit { try await handler(request, context) }
                }
            }
        }
        let document = openAPI
        router.get("/openapi.json") { request, _ in
            if configuration.readsNeedToken { try guardian.authorise(request) }
            return try APIResponse.json(document)
        }
        router.get("/healthz") { _, _ in APIResponse.text("ok\n", mediaType: "text/plain; charset=utf-8") }
        dashboard.register(on: router, guardian: guardian)
        return router
    }

    /// The application, listening where the configuration says.
    ///
    /// - Parameter onRunning: called with the port once the server listens (port 0 in the
    ///   configuration asks the system for a free one).
    public func makeApplication(
        logger: Logger? = nil, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: makeRouter(),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "entente"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }
}
