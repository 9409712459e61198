import ArgumentParser
import EntenteServer
import Foundation
import Hummingbird

/// `entente serve`: the JSON API and the dashboard over the same services as the commands.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the dashboard and the JSON API (OpenAPI at /openapi.json).",
        discussion: """
            Reads are open on loopback. Imports and simulation jobs need the token: $ENTENTE_TOKEN, or one \
            generated and printed at start. Listening beyond loopback makes reads need the token too, unless \
            --open-reads is given.
            """)

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on.")
    var port = 8080

    @Option(name: .long, help: "Simulation jobs running at once (others wait).")
    var jobs = 1

    @Option(name: .customLong("max-body"), help: "Largest request body accepted, in KiB.")
    var maxBodyKiB = 2048

    @Option(name: .long, help: "Longest a request may compute, in seconds.")
    var timeout = 60.0

    @Flag(name: .customLong("open-reads"), help: "Let anyone read without the token when listening beyond loopback.")
    var openReads = false

    @Option(
        name: .customLong("answer-cache"),
        help: "MiB of answers kept for repeated questions until the store changes (0: keep none).")
    var answerCacheMiB = 64

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        guard maxBodyKiB >= 1 else { throw ValidationError("--max-body must be at least 1 KiB.") }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds.") }
        guard (0...65536).contains(answerCacheMiB) else {
            throw ValidationError("--answer-cache must be from 0 to 65536 MiB.")
        }
    }

    func run() async throws {
        let given = ProcessInfo.processInfo.environment["ENTENTE_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        let token = given ?? ServerConfiguration.generatedToken()
        let configuration = ServerConfiguration(
            host: host, port: port, token: token, maxBodyBytes: maxBodyKiB * 1024, requestTimeoutSeconds: timeout,
            maxRunningJobs: jobs, readsNeedToken: openReads ? false : nil, answerCacheBytes: answerCacheMiB << 20)
        let app = try EntenteServerApp(services: try storeOptions.services(), configuration: configuration)
        Diagnostics.note("Entente is serving http://\(host):\(port)/ (API: /api/v1, OpenAPI: /openapi.json)")
        Diagnostics.note(
            given == nil
                ? "Write token for imports and simulation jobs: \(token) (set ENTENTE_TOKEN to choose one)"
                : "Write token: taken from ENTENTE_TOKEN")
        try await app.makeApplication().runService()
    }
}
