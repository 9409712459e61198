import EntenteRender
import EntenteServer
import EntenteServices
import EntenteTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Research panels over HTTP")
struct PanelAPITests {
    @Test("The streamed CSV is byte for byte the table the services build (USA, CAN, MEX, 1985)")
    func csvEqualsTheServicesTable() async throws {
        let app = try await ServerTestSupport.app()
        let store = try await BundledStore.store()
        let report = try await Services(store: store).panel(
            PanelRequest(
                unit: .dyadYear, from: 1985, to: 1985, states: ["USA", "CAN", "MEX"],
                groups: [.contiguity, .majors, .alliances]))
        var written = ""
        try PanelTableWriter.write(report.table, format: .csv) { written += String(decoding: $0, as: UTF8.self) }
        let expected = written
        try await app.makeApplication().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/panels/dyad-year?from=1985&states=USA,CAN,MEX&with=contiguity,majors,alliances",
                method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
            let text = ServerTestSupport.text(response)
            #expect(text == expected)
            // Three dyads of three states, one year, and a header.
            #expect(text.split(separator: "\n").count == 4)
            #expect(text.hasPrefix("year,ccode1,ccode2,"))
        }
    }

    @Test("A panel larger than one chunk arrives whole (every dyad-year of 2000)")
    func largePanelIsStreamedWhole() async throws {
        let app = try await ServerTestSupport.app()
        try await app.makeApplication().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/panels/dyad-year?from=2000&to=2003&with=contiguity,distance,majors", method: .get)
            #expect(response.status == .ok)
            let text = ServerTestSupport.text(response)
            let lines = text.split(separator: "\n")
            // 191 states in 2000: 18,145 dyads a year; more than a megabyte of CSV over four years.
            #expect(text.utf8.count > 1 << 20)
            #expect(lines.count > 4 * 18_000)
            #expect(lines.last?.hasPrefix("2003,") == true)
        }
    }

    @Test("The codebook names each column's source and flags partly covered groups")
    func codebook() async throws {
        let app = try await ServerTestSupport.app()
        try await app.makeApplication().test(.router) { client in
            let response = try await client.execute(
                uri: "/api/v1/panels/state-year/codebook?from=2010&to=2020&with=capabilities,disputes", method: .get)
            #expect(response.status == .ok)
            let body = try ServerTestSupport.json(response)
            let entries = body["codebook"]?["entries"]?.arrayValue ?? []
            #expect(entries.contains { $0["column"] == "cinc" && $0["source"] == "cow-nmc-7" })
            // MIDs end in 2014: the disputes group covers the range in part and says so.
            let warnings = body["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
            #expect(warnings.contains { $0.hasPrefix("disputes") && $0.contains("2014") })
        }
    }

    @Test("Bad parameters are 400 errors naming them")
    func badParameters() async throws {
        let app = try await ServerTestSupport.app()
        try await app.makeApplication().test(.router) { client in
            let cases: [(String, String)] = [
                ("/api/v1/panels/dyad-decade?from=2000", "unit"),
                ("/api/v1/panels/dyad-year", "from"),
                ("/api/v1/panels/dyad-year?from=2000&with=contigity", "contiguity"),
                ("/api/v1/panels/dyad-year?from=2000&to=1990", "1990"),
                ("/api/v1/panels/state-year?from=1700", "from"),
                ("/api/v1/panels/state-day?from=1990&to=2010&with=regimes", "state-days"),
            ]
            for (uri, mention) in cases {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .badRequest, "\(uri)")
                let message = try ServerTestSupport.json(response)["error"]?["message"]?.stringValue ?? ""
                #expect(message.contains(mention), "\(uri): \(message)")
            }
        }
    }
}
