import EntenteServer
import Foundation
import Testing

/// Checks by tools outside Swift: the dashboard in headless Chromium, and schemathesis against the
/// OpenAPI document. `.ci/run` installs them; where they are missing these tests are skipped, so the
/// suite still passes on a machine with only the Swift toolchain.
@Suite("Outside tools against a live server", .serialized)
struct ExternalToolTests {
    static let browserReady =
        FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
        && LiveServer.available(["python3", "-c", "import playwright"])
    static let schemathesisReady = LiveServer.available(["schemathesis", "--version"])

    @Test(
        "Every dashboard page in both languages renders in Chromium without console errors or broken links; the legal form and a simulation work",
        .enabled(if: browserReady))
    func dashboardInChromium() async throws {
        let app = try await ServerTestSupport.app { $0.port = 0 }
        let shots = LiveServer.repository.appending(path: ".build/test-artifacts/screenshots").path
        let result = try await LiveServer.with(app) { base in
            try LiveServer.run([
                "python3", LiveServer.repository.appending(path: "scripts/e2e/dashboard_e2e.py").path, "--base", base,
                "--token", ServerTestSupport.token, "--shots", shots,
            ])
        }
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("pages rendered"))
    }

    @Test(
        "schemathesis: no 5xx, no hang, every answer matches the OpenAPI document",
        .enabled(if: schemathesisReady))
    func schemathesis() async throws {
        let app = try await ServerTestSupport.app(copy: true) { $0.port = 0 }
        let result = try await LiveServer.with(app) { base in
            try LiveServer.run([
                "schemathesis", "run", "\(base)/openapi.json", "--checks",
                "not_a_server_error,response_schema_conformance,content_type_conformance,status_code_conformance",
                "--max-examples", "6", "--request-timeout", "30", "--seed", "1",
                "-H", "Authorization: Bearer \(ServerTestSupport.token)",
            ])
        }
        #expect(result.status == 0, "\(result.output.suffix(4000))")
    }
}
