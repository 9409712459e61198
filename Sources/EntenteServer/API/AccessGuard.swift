public import Hummingbird

/// Who may call a route and for how long it may run: the bearer token for writes (and for reads
/// when the server listens beyond loopback), and the per-request time limit.
public struct AccessGuard: Sendable {
    public let configuration: ServerConfiguration

    public init(configuration: ServerConfiguration) {
        self.configuration = configuration
    }

    /// Accepts `Authorization: Bearer TOKEN`, or the token as the `token` query parameter (for the
    /// dashboard's forms and event streams, which cannot set headers).
    public func authorise(_ request: Request) throws {
        let header = request.headers[.authorization].flatMap { value -> String? in
            let parts = value.split(separator: " ", maxSplits: 1)
            return parts.count == 2 && parts[0].lowercased() == "bearer" ? String(parts[1]) : nil
        }
        let given = header ?? request.uri.queryParameters.get("token")
        guard let given, Self.constantTimeEqual(given, configuration.token) else {
            throw HTTPError(
                .unauthorized, headers: [.wwwAuthenticate: "Bearer"],
                message:
                    "This needs the server's token: send 'Authorization: Bearer TOKEN' (printed when the server started, or ENTENTE_TOKEN)."
            )
        }
    }

    /// Runs `body`, answering 503 if it takes longer than the configured limit.
    public func withinTimeLimit<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let seconds = configuration.requestTimeoutSeconds
        return try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                throw HTTPError(
                    .serviceUnavailable, message: "The request took longer than \(Int(seconds)) s and was stopped.")
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0
    }
}
