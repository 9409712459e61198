import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("JSON API routes, in process")
struct APIRouteTests {
    @Test("NATO on 2020-01-01 has 29 members, as the CLI answers (North Macedonia joined 2020-03-27)")
    func members() async throws {
        let app = try await ServerTestSupport.app()
        try await app.makeApplication().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/organisations/NATO/members?as_of=2020-01-01", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let body = try ServerTestSupport.json(response)
            let counts = body["counts"]?.arrayValue ?? []
            #expect(counts.first?["status"] == "member")
            #expect(counts.first?["count"] == .number(29))
        }
    }

    @Test("A state profile answers with its coverage and the state asked for")
    func profile() async throws {
        let app = try await ServerTestSupport.app()
        try await app.makeApplication().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/states/IDN?as_of=2005-06-30", method: .get)
            #expect(response.status == .ok)
            let body = try ServerTestSupport.json(response)
            #expect(body["profile"]?["state"]?["iso3"] == "IDN")
            #expect(body["coverage"]?["exercises"]?["observed_until"] != nil)
        }
    }

    @Test("Bad input is a 4xx JSON error naming the parameter, never a 5xx")
    func badInput() async throws {
        let app = try await ServerTestSupport.app()
        try await app.makeApplication().test(.router) { client in
            let cases: [(String, HTTPResponse.Status, String)] = [
                ("/api/v1/states?as_of=2021-02-30", .badRequest, "as_of"),
                ("/api/v1/states/NOWHERE", .notFound, "NOWHERE"),
                ("/api/v1/activities?limit=0", .badRequest, "limit"),
                ("/api/v1/activities?kind=parade", .badRequest, "kind"),
                ("/api/v1/network/measures", .badRequest, "year"),
                ("/api/v1/network/measures?year=2000&layer=friendship", .badRequest, "layer"),
                ("/api/v1/law/questions/self_defense/facts", .badRequest, "self_defence"),
                ("/api/v1/simulation/jobs/job-999999", .notFound, "job-999999"),
                ("/api/v1/no/such/route", .notFound, "no such"),
            ]
            for (uri, status, mention) in cases {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == status, "\(uri)")
                let body = try ServerTestSupport.json(response)
                let message = body["error"]?["message"]?.stringValue ?? ""
                #expect(message.contains(mention), "\(uri): \(message)")
                #expect(body["error"]?["status"] == .number(Double(status.code)))
            }
        }
    }

    @Test("A malformed situation is refused with the line and field, as 400")
    func malformedSituation() async throws {
        let app = try await ServerTestSupport.app()
        try await app.makeApplication().test(.router) { client in
            let body = ByteBuffer(
                string: "question: self_defence\nas_of: 1990-08-02\nfacts:\n  armed_attack: perhaps\n")
            let response = try await client.execute(uri: "/api/v1/law/assess", method: .post, body: body)
            #expect(response.status == .badRequest)
            let message = try ServerTestSupport.json(response)["error"]?["message"]?.stringValue ?? ""
            #expect(message.contains("request"))
            #expect(message.contains("armed_attack"))
        }
    }

    @Test("Kuwait 1990 posted as YAML: collective self-defence is lawful, as the CLI answers")
    func assess() async throws {
        let app = try await ServerTestSupport.app()
        let text = try String(contentsOf: Self.examples.appending(path: "law/sd-01-kuwait-1990.yaml"), encoding: .utf8)
        try await app.makeApplication().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/law/assess", method: .post, body: ByteBuffer(string: text))
            #expect(response.status == .ok)
            let body = try ServerTestSupport.json(response)
            #expect(body["question"] == "self_defence")
            #expect(body["outcome"]?.stringValue?.isEmpty == false)
            #expect((body["explanation"]?.arrayValue?.count ?? 0) > 0 || body["explanation"]?.objectValue != nil)
        }
    }

    @Test("Writes need the token; a body over the limit is 413; imports are all-or-nothing")
    func writes() async throws {
        let app = try await ServerTestSupport.app(copy: true) { $0.maxBodyBytes = 4096 }
        try await app.makeApplication().test(.router) { client in
            let csv =
                "org,name,kind,founded\nXTEST,Test Pact,treaty,2001-01-01\n"
            let refused = try await client.execute(
                uri: "/api/v1/imports/organisations", method: .post, body: ByteBuffer(string: csv))
            #expect(refused.status == .unauthorized)
            let wrong = try await client.execute(
                uri: "/api/v1/imports/organisations", method: .post, headers: [.authorization: "Bearer nope"],
                body: ByteBuffer(string: csv))
            #expect(wrong.status == .unauthorized)
            let big = try await client.execute(
                uri: "/api/v1/imports/organisations", method: .post, headers: ServerTestSupport.bearer,
                body: ByteBuffer(string: String(repeating: "x", count: 5000)))
            #expect(big.status == .contentTooLarge)
            let bad = try await client.execute(
                uri: "/api/v1/imports/organisations?file=../../etc/mine.csv", method: .post,
                headers: ServerTestSupport.bearer,
                body: ByteBuffer(string: "org,name,kind,founded\nXBAD,Bad,alliance,2001-01-01\n"))
            #expect(bad.status == .badRequest)
            let badMessage = try ServerTestSupport.json(bad)["error"]?["message"]?.stringValue ?? ""
            #expect(badMessage.contains("mine.csv:2"))
            #expect(!badMessage.contains("etc/"))
            let ok = try await client.execute(
                uri: "/api/v1/imports/organisations?file=mine.csv", method: .post, headers: ServerTestSupport.bearer,
                body: ByteBuffer(string: csv))
            #expect(ok.status == .ok)
            #expect(try ServerTestSupport.json(ok)["records"] == .number(1))
            let list = try await client.execute(uri: "/api/v1/organisations", method: .get)
            let ids = try ServerTestSupport.json(list).arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
            #expect(ids.contains("XTEST"))
            #expect(!ids.contains("XBAD"))
        }
    }

    @Test("Reads need the token when the server listens beyond loopback")
    func readsBeyondLoopback() async throws {
        let app = try await ServerTestSupport.app {
            $0 = ServerConfiguration(host: "0.0.0.0", token: ServerTestSupport.token, requestTimeoutSeconds: 1800)
        }
        try await app.makeApplication().test(.router) { client in
            #expect(try await client.execute(uri: "/api/v1/coverage", method: .get).status == .unauthorized)
            let allowed = try await client.execute(
                uri: "/api/v1/coverage", method: .get, headers: ServerTestSupport.bearer)
            #expect(allowed.status == .ok)
        }
    }

    @Test("Network export as GraphML carries every state of the year's layer")
    func export() async throws {
        let app = try await ServerTestSupport.app()
        try await app.makeApplication().test(.router) { client in
            let json = try await client.execute(uri: "/api/v1/network/export?year=2000&layer=alliance", method: .get)
            let nodes = try ServerTestSupport.json(json)["nodes"]?.arrayValue?.count ?? 0
            #expect(nodes > 100)
            let xml = try await client.execute(
                uri: "/api/v1/network/export?year=2000&layer=alliance&format=graphml", method: .get)
            #expect(xml.headers[.contentType] == "application/graphml+xml")
            let text = ServerTestSupport.text(xml)
            #expect(text.components(separatedBy: "<node ").count - 1 == nodes)
        }
    }

    static let examples = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "examples")
}

@Suite("The time limit")
struct TimeLimitTests {
    @Test("A request that computes longer than the limit is answered 503 with a JSON error, not left hanging")
    func timeLimit() async throws {
        let guardian = AccessGuard(configuration: ServerConfiguration(token: "t", requestTimeoutSeconds: 0.05))
        await #expect(throws: HTTPError.self) {
            try await guardian.withinTimeLimit {
                try await Task.sleep(for: .seconds(5))
                return 1
            }
        }
        let quick = try await guardian.withinTimeLimit { 42 }
        #expect(quick == 42)
    }
}
