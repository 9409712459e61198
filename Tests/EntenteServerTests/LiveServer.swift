import EntenteServer
import Foundation
import Hummingbird

/// The app listening on a free loopback port for tools outside the process (Chromium,
/// schemathesis), stopped when the body returns.
enum LiveServer {
    static func with<T: Sendable>(
        _ app: EntenteServerApp, _ body: @Sendable (_ base: String) async throws -> T
    ) async throws -> T {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let application = app.makeApplication { port in continuation.yield(port) }
        let server = Task { try await application.run() }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { throw CancellationError() }
        return try await body("http://127.0.0.1:\(port)")
    }

    /// Runs a command, returning its exit status and output (standard output and error together).
    static func run(_ arguments: [String], timeout: Double = 600) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = arguments
        // Tools that keep caches in their working folder (schemathesis) keep them out of the clone.
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Whether a command exits 0 (a tool is installed).
    static func available(_ arguments: [String]) -> Bool {
        (try? run(arguments).status) == 0
    }

    static let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
