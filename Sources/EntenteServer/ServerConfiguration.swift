/// What `entente serve` was asked for: where to listen, who may write, and the limits every
/// request lives within.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The bearer token imports and simulation jobs need. Reads need none.
    public var token: String
    /// The largest request body accepted, in bytes (a situation, a rule, a scenario, a CSV import).
    public var maxBodyBytes: Int
    /// The longest a request may compute before it is answered 503.
    public var requestTimeoutSeconds: Double
    /// Simulation jobs running at once; more are queued.
    public var maxRunningJobs: Int
    /// Finished jobs kept for their results before the oldest is dropped.
    public var keptJobs: Int
    /// Threads one simulation job may use.
    public var threadsPerJob: Int
    /// Whether reads need the token too. Off on loopback; on when the server listens beyond it,
    /// unless the operator opens reads on purpose.
    public var readsNeedToken: Bool
    /// Bytes of answers kept for repeated questions until the store changes; 0 turns keeping off.
    public var answerCacheBytes: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String, maxBodyBytes: Int = 2 << 20,
        requestTimeoutSeconds: Double = 60, maxRunningJobs: Int = 1, keptJobs: Int = 32, threadsPerJob: Int = 2,
        readsNeedToken: Bool? = nil, answerCacheBytes: Int = 64 << 20
    ) {
        self.readsNeedToken = readsNeedToken ?? !Self.isLoopback(host)
        self.host = host
        self.port = port
        self.token = token
        self.maxBodyBytes = maxBodyBytes
        self.requestTimeoutSeconds = requestTimeoutSeconds
        self.maxRunningJobs = maxRunningJobs
        self.keptJobs = keptJobs
        self.threadsPerJob = threadsPerJob
        self.answerCacheBytes = answerCacheBytes
    }

    /// Whether `host` is this machine only.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// A token for a session that was given none: 128 random bits, hex.
    public static func generatedToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let word = UInt32.random(in: .min ... .max, using: &generator)
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }
}
