import EntenteServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Answers kept for repeated questions, until the store changes")
struct AnswerCacheTests {
    @Test("The same question twice is answered from the cache with the same bytes; an import makes it stale")
    func keptUntilImport() async throws {
        let app = try await ServerTestSupport.app(copy: true)
        let cache = try #require(app.answers)
        try await app.makeApplication().test(.router) { client in
            let first = try await client.execute(uri: "/api/v1/organisations", method: .get)
            let second = try await client.execute(uri: "/api/v1/organisations", method: .get)
            #expect(first.status == .ok)
            #expect(ServerTestSupport.text(first) == ServerTestSupport.text(second))
            #expect(cache.statistics.hits == 1)
            #expect(!ServerTestSupport.text(first).contains("XKEPT"))

            let csv = "org,name,kind,founded\nXKEPT,Kept Pact,treaty,2001-01-01\n"
            let imported = try await client.execute(
                uri: "/api/v1/imports/organisations?file=kept.csv", method: .post, headers: ServerTestSupport.bearer,
                body: ByteBuffer(string: csv))
            #expect(imported.status == .ok)
            let after = try await client.execute(uri: "/api/v1/organisations", method: .get)
            #expect(ServerTestSupport.text(after).contains("XKEPT"))
        }
    }

    @Test("A posted situation is kept by its bytes: the same body hits, any other body is assessed afresh")
    func keptByBody() async throws {
        let app = try await ServerTestSupport.app()
        let cache = try #require(app.answers)
        let lawful = try String(
            contentsOf: APIRouteTests.examples.appending(path: "law/sd-01-kuwait-1990.yaml"), encoding: .utf8)
        // The same situation with a comment: other bytes, so it is assessed again.
        let unlawful = lawful + "\n# asked again\n"
        try await app.makeApplication().test(.router) { client in
            let a = try await client.execute(uri: "/api/v1/law/assess", method: .post, body: ByteBuffer(string: lawful))
            let b = try await client.execute(uri: "/api/v1/law/assess", method: .post, body: ByteBuffer(string: lawful))
            let c = try await client.execute(
                uri: "/api/v1/law/assess", method: .post, body: ByteBuffer(string: unlawful))
            #expect(a.status == .ok)
            #expect(ServerTestSupport.text(a) == ServerTestSupport.text(b))
            #expect(c.status == .ok)
            #expect(cache.statistics.hits == 1)
            #expect(cache.statistics.misses == 2)
        }
    }

    @Test("Sixteen requests asking the same thing at once share one computation")
    func shared() async throws {
        let app = try await ServerTestSupport.app()
        let cache = try #require(app.answers)
        try await app.makeApplication().test(.router) { client in
            let bodies = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<16 {
                    group.addTask {
                        let response = try await client.execute(
                            uri: "/api/v1/states/IDN?as_of=1999-06-30", method: .get)
                        return ServerTestSupport.text(response)
                    }
                }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(bodies.count == 1)
            #expect(bodies.first?.contains("\"IDN\"") == true)
            #expect(cache.statistics.computations == 1)
        }
    }

    @Test("A knowledge-base page is kept per language; a kept page still remembers a chosen language")
    func pagesKept() async throws {
        let app = try await ServerTestSupport.app()
        let cache = try #require(app.answers)
        try await app.makeApplication().test(.router) { client in
            let first = try await client.execute(uri: "/state/IDN?lang=id", method: .get)
            let second = try await client.execute(uri: "/state/IDN?lang=id", method: .get)
            let english = try await client.execute(uri: "/state/IDN?lang=en", method: .get)
            #expect(first.status == .ok)
            #expect(ServerTestSupport.text(first) == ServerTestSupport.text(second))
            #expect(ServerTestSupport.text(first) != ServerTestSupport.text(english))
            #expect(second.headers[.setCookie]?.contains("lang=id") == true)
            #expect(english.headers[.setCookie]?.contains("lang=en") == true)
            #expect(cache.statistics.hits == 1)
            #expect(cache.statistics.computations == 2)
            // Simulation pages follow jobs that change by themselves: never kept.
            _ = try await client.execute(uri: "/simulation", method: .get)
            _ = try await client.execute(uri: "/simulation", method: .get)
            #expect(cache.statistics.computations == 2)
        }
    }

    @Test("Errors are never kept, and simulation jobs, which change by themselves, are never cached")
    func notKept() async throws {
        let app = try await ServerTestSupport.app()
        let cache = try #require(app.answers)
        try await app.makeApplication().test(.router) { client in
            _ = try await client.execute(uri: "/api/v1/states/NOWHERE", method: .get)
            _ = try await client.execute(uri: "/api/v1/states/NOWHERE", method: .get)
            #expect(cache.statistics.entries == 0)
        }
        let jobRoutes = app.routes.filter { $0.path.hasPrefix("/api/v1/simulation/jobs") }
        #expect(jobRoutes.count >= 4)
        #expect(jobRoutes.allSatisfy { !$0.cached })
        #expect(app.routes.filter { $0.method == .post && $0.cached }.map(\.path) == ["/api/v1/law/assess"])
    }

    @Test("The cache stays within its entry and byte bounds, dropping the oldest first")
    func bounded() {
        let cache = AnswerCache(maxEntries: 2, maxBytes: 1 << 20)
        func key(_ path: String, generation: UInt64 = 1) -> AnswerCache.Key {
            AnswerCache.Key(generation: generation, method: .get, path: path, query: "", body: nil)
        }
        let answer = AnswerCache.Answer(status: .ok, contentType: "application/json", body: ByteBuffer(string: "{}"))
        cache.keep(answer, for: key("/a"))
        cache.keep(answer, for: key("/b"))
        cache.keep(answer, for: key("/c"))
        #expect(cache.answer(for: key("/a")) == nil)
        #expect(cache.answer(for: key("/c")) != nil)
        #expect(cache.statistics.entries == 2)

        let large = AnswerCache.Answer(
            status: .ok, contentType: "application/json", body: ByteBuffer(repeating: 0x20, count: 300_000))
        cache.keep(large, for: key("/large"))
        #expect(cache.answer(for: key("/large")) == nil, "an answer over a quarter of the bound is not kept")

        cache.keep(answer, for: key("/d", generation: 2))
        #expect(cache.statistics.entries == 1, "a new store generation drops everything kept before it")
    }
}
