import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Simulation jobs over HTTP")
struct SimulationJobTests {
    static func scenario(_ name: String) throws -> String {
        try String(contentsOf: APIRouteTests.examples.appending(path: "sim/\(name)"), encoding: .utf8)
    }

    @Test("A submitted scenario runs to the same result as the CLI's run of the same seed")
    func runsToTheSameResult() async throws {
        let app = try await ServerTestSupport.app()
        let text = try Self.scenario("richardson-stable.yaml")
        try await app.makeApplication().test(.router) { client in
            let submitted = try await client.execute(
                uri: "/api/v1/simulation/jobs?replicates=4&seed=7", method: .post, headers: ServerTestSupport.bearer,
                body: ByteBuffer(string: text))
            #expect(submitted.status == .accepted)
            let id = try #require(try ServerTestSupport.json(submitted)["id"]?.stringValue)
            var state = ""
            var body: JSONValue = .null
            for _ in 0..<600 where state != "finished" && state != "failed" {
                try await Task.sleep(for: .milliseconds(20))
                body = try ServerTestSupport.json(
                    try await client.execute(uri: "/api/v1/simulation/jobs/\(id)", method: .get))
                state = body["state"]?.stringValue ?? ""
            }
            #expect(state == "finished")
            #expect(body["done"] == .number(4))
            #expect(body["result"]?["replicates"] == .number(4))
            #expect(body["result"]?["seed"] == "7")
            let events = try await client.execute(uri: "/api/v1/simulation/jobs/\(id)/events", method: .get)
            #expect(events.headers[.contentType] == "text/event-stream")
            #expect(ServerTestSupport.text(events).contains("\"state\":\"finished\""))
        }
    }

    @Test("A scenario with a `world:` section runs over HTTP on the knowledge base's states (ASEAN + ADMM-Plus, 2010)")
    func runsWorldScenario() async throws {
        let app = try await ServerTestSupport.app()
        let text = try String(
            contentsOf: APIRouteTests.examples.appending(path: "scenarios/baseline-asean-admm-plus.yaml"),
            encoding: .utf8)
        try await app.makeApplication().test(.router) { client in
            let submitted = try await client.execute(
                uri: "/api/v1/simulation/jobs?replicates=2&horizon=12", method: .post,
                headers: ServerTestSupport.bearer, body: ByteBuffer(string: text))
            #expect(submitted.status == .accepted, "\(ServerTestSupport.text(submitted))")
            let id = try #require(try ServerTestSupport.json(submitted)["id"]?.stringValue)
            var state = ""
            for _ in 0..<3000 where state != "finished" && state != "failed" {
                try await Task.sleep(for: .milliseconds(20))
                let body = try ServerTestSupport.json(
                    try await client.execute(uri: "/api/v1/simulation/jobs/\(id)", method: .get))
                state = body["state"]?.stringValue ?? ""
            }
            #expect(state == "finished")
        }
    }

    @Test("A scenario with an unknown parameter is refused with the file and the field before anything runs")
    func refusesBadScenario() async throws {
        let app = try await ServerTestSupport.app()
        let text = try Self.scenario("richardson-stable.yaml") + "\nparameters:\n  no_such_parameter: 1\n"
        try await app.makeApplication().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/simulation/jobs", method: .post, headers: ServerTestSupport.bearer,
                body: ByteBuffer(string: text))
            #expect(response.status == .badRequest)
            let message = try ServerTestSupport.json(response)["error"]?["message"]?.stringValue ?? ""
            #expect(message.contains("request"))
            let list = try ServerTestSupport.json(
                try await client.execute(uri: "/api/v1/simulation/jobs", method: .get))
            #expect(list.arrayValue?.isEmpty == true)
        }
    }

    @Test("Cancelling a queued job means it never runs; jobs beyond the running limit wait")
    func cancelQueued() async throws {
        let jobs = SimulationJobs(maxRunning: 1, kept: 8, threadsPerJob: 1)
        let text = try Self.scenario("ipd-tournament.yaml")
        let scenario = try EntenteServicesFacade.scenario(text, replicates: 40)
        let first = await jobs.submit(scenario)
        let second = await jobs.submit(scenario)
        #expect(first.state == .running)
        #expect(second.state == .queued)
        let cancelled = try await jobs.cancel(second.id)
        #expect(cancelled.state == .cancelled)
        _ = try await jobs.cancel(first.id)
        var state = SimulationJobStatus.State.running
        for _ in 0..<1000 where state == .running {
            try await Task.sleep(for: .milliseconds(10))
            state = try await jobs.status(first.id).state
        }
        #expect(state == .cancelled || state == .finished)
        #expect(try await jobs.status(second.id).done == 0)
    }
}
