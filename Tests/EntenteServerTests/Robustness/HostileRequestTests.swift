import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Wrongly encoded, oversized and hostile requests (issue 14, `docs/robustness.md`): each gets a
/// 4xx JSON error, never a 5xx, a repair of the bytes or a runaway computation.
@Suite("Hostile requests")
struct HostileRequestTests {
    static let latin1Organisations: [UInt8] =
        Array("org,name,kind,founded\nXLATIN,M".utf8) + [0xE1] + Array("laga Pact,treaty,2001-01-01\n".utf8)

    static func organisationIDs(_ client: some TestClientProtocol) async throws -> [String] {
        let list = try await client.execute(uri: "/api/v1/organisations", method: .get)
        return try ServerTestSupport.json(list).arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
    }

    static func expectError(_ response: TestResponse, _ status: HTTPResponse.Status, mentioning text: String) throws {
        #expect(response.status == status)
        let body = try ServerTestSupport.json(response)
        #expect(body["error"]?["status"] == .number(Double(status.code)))
        let message = body["error"]?["message"]?.stringValue ?? ""
        #expect(message.contains(text), "\(message)")
    }

    @Test("A Latin-1 upload is refused as not UTF-8, not stored with replacement characters")
    func latin1Upload() async throws {
        let app = try await ServerTestSupport.app(copy: true)
        try await app.makeApplication().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/imports/organisations?file=latin.csv", method: .post, headers: ServerTestSupport.bearer,
                body: ByteBuffer(bytes: Self.latin1Organisations))
            try Self.expectError(response, .badRequest, mentioning: "UTF-8")
            let ids = try await Self.organisationIDs(client)
            #expect(!ids.contains("XLATIN"))
        }
    }

    @Test("A byte-order mark before an upload is skipped; a NUL character in it is refused")
    func markAndNULInUploads() async throws {
        let app = try await ServerTestSupport.app(copy: true)
        try await app.makeApplication().test(.router) { client in
            let marked =
                [0xEF, 0xBB, 0xBF] + Array("org,name,kind,founded\nXMARK,Marked Pact,treaty,2001-01-01\n".utf8)
            let accepted = try await client.execute(
                uri: "/api/v1/imports/organisations?file=marked.csv", method: .post, headers: ServerTestSupport.bearer,
                body: ByteBuffer(bytes: marked))
            #expect(accepted.status == .ok)
            let nul = Array("org,name,kind,founded\nXNUL,Nul".utf8) + [0] + Array("Pact,treaty,2001-01-01\n".utf8)
            let refused = try await client.execute(
                uri: "/api/v1/imports/organisations?file=nul.csv", method: .post, headers: ServerTestSupport.bearer,
                body: ByteBuffer(bytes: nul))
            try Self.expectError(refused, .badRequest, mentioning: "nul.csv:2: column 'name'")
            let ids = try await Self.organisationIDs(client)
            #expect(ids.contains("XMARK"))
            #expect(!ids.contains("XNUL"))
        }
    }

    @Test("A Latin-1 situation is refused as not UTF-8")
    func latin1Situation() async throws {
        let app = try await ServerTestSupport.app()
        try await app.makeApplication().test(.router) { client in
            let body =
                Array("question: self_defence\nas_of: 1990-08-02\nfacts:\n  acting_state: M".utf8) + [0xE1]
                + Array("laga\n".utf8)
            let response = try await client.execute(
                uri: "/api/v1/law/assess", method: .post, body: ByteBuffer(bytes: body))
            try Self.expectError(response, .badRequest, mentioning: "UTF-8")
        }
    }

    @Test("A byte-order mark before a situation is skipped: the error names the same line as without it")
    func markBeforeSituation() async throws {
        let app = try await ServerTestSupport.app()
        try await app.makeApplication().test(.router) { client in
            let body =
                [0xEF, 0xBB, 0xBF]
                + Array("question: self_defence\nas_of: 1990-08-02\nfacts:\n  armed_atack_occurred: true\n".utf8)
            let response = try await client.execute(
                uri: "/api/v1/law/assess", method: .post, body: ByteBuffer(bytes: body))
            try Self.expectError(response, .badRequest, mentioning: "request:4: facts.armed_atack_occurred")
        }
    }

    @Test("A few hundred bytes of nested YAML aliases (billion laughs) are refused, without a token")
    func aliasExpansion() async throws {
        let app = try await ServerTestSupport.app()
        var lines = ["question: self_defence", "as_of: 1990-08-02", "notes:", "  - &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...8 {
            lines.append(
                "  - &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let body = lines.joined(separator: "\n") + "\n"
        #expect(body.utf8.count < 1000)
        try await app.makeApplication().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/law/assess", method: .post, body: ByteBuffer(string: body))
            try Self.expectError(response, .badRequest, mentioning: "aliases are expanded")
        }
    }

    @Test("NUL characters and very long names in paths and queries are 4xx errors")
    func hostileNames() async throws {
        let app = try await ServerTestSupport.app()
        try await app.makeApplication().test(.router) { client in
            let long = String(repeating: "A", count: 20_000)
            let cases: [(String, HTTPResponse.Status)] = [
                ("/api/v1/states/%00IDN", .notFound),
                ("/api/v1/states/\(long)", .notFound),
                ("/api/v1/organisations/%00/members", .notFound),
                ("/api/v1/states?as_of=%00", .badRequest),
                ("/api/v1/activities?limit=99999999999999999999999", .badRequest),
                ("/api/v1/network/measures?year=%FF%FE", .badRequest),
            ]
            for (uri, status) in cases {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == status, "\(uri.prefix(80))")
                #expect(try ServerTestSupport.json(response)["error"]?["status"] == .number(Double(status.code)))
            }
        }
    }

    @Test("Malformed credentials are 401, never a write")
    func malformedCredentials() async throws {
        let app = try await ServerTestSupport.app(copy: true)
        try await app.makeApplication().test(.router) { client in
            let csv = "org,name,kind,founded\nXCRED,Credential Pact,treaty,2001-01-01\n"
            let headers: [String] = [
                "Bearer", "Bearer ", "Basic \(ServerTestSupport.token)", "Bearer \(ServerTestSupport.token)x",
                "Bearer \(ServerTestSupport.token.dropLast())",
                "Bearer \(String(repeating: "t", count: 10_000))",
            ]
            for value in headers {
                let response = try await client.execute(
                    uri: "/api/v1/imports/organisations", method: .post, headers: [.authorization: value],
                    body: ByteBuffer(string: csv))
                #expect(response.status == .unauthorized, "\(value.prefix(40))")
            }
            let ids = try await Self.organisationIDs(client)
            #expect(!ids.contains("XCRED"))
        }
    }
}
