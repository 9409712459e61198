import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The OpenAPI document and the routes agree")
struct OpenAPITests {
    @Test("Every route is documented once, and every documented operation answers (not 404/405)")
    func documentMatchesRouter() async throws {
        let app = try await ServerTestSupport.app()
        let document = app.openAPI
        let paths = try #require(document["paths"]?.objectValue)
        let documented = Set(paths.flatMap { path, ops in (ops.objectValue ?? [:]).keys.map { "\($0) \(path)" } })
        let routed = Set(app.routes.map { "\($0.method.rawValue.lowercased()) \($0.path)" })
        #expect(documented == routed)
        #expect(Set(app.routes.map(\.operationID)).count == app.routes.count)
        try await app.makeApplication().test(.router) { client in
            for route in app.routes {
                let uri = route.path.replacingOccurrences(of: "{state}", with: "IDN")
                    .replacingOccurrences(of: "{organisation}", with: "ASEAN")
                    .replacingOccurrences(of: "{question}", with: "self_defence")
                    .replacingOccurrences(of: "{kind}", with: "activities")
                    .replacingOccurrences(of: "{id}", with: "job-000000")
                let response = try await client.execute(uri: uri, method: route.method)
                #expect(response.status != .methodNotAllowed, "\(route.method) \(uri)")
                if response.status == .notFound {
                    // Only a missing record may be 404, never a missing route.
                    let code = try ServerTestSupport.json(response)["error"]?["code"]?.stringValue
                    #expect(code == "not_found" && route.path.contains("{id}"), "\(route.method) \(uri)")
                }
            }
            let served = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(try ServerTestSupport.json(served) == document)
        }
    }

    @Test("Every $ref in the document names a schema it defines")
    func referencesResolve() async throws {
        let app = try await ServerTestSupport.app()
        let schemas = Set((app.openAPI["components"]?["schemas"]?.objectValue ?? [:]).keys)
        var refs: [String] = []
        func walk(_ value: JSONValue) {
            switch value {
            case .object(let o):
                if let ref = o["$ref"]?.stringValue, ref.hasPrefix("#/components/schemas/") {
                    refs.append(String(ref.dropFirst("#/components/schemas/".count)))
                }
                o.values.forEach(walk)
            case .array(let a): a.forEach(walk)
            default: break
            }
        }
        walk(app.openAPI)
        #expect(!refs.isEmpty)
        for ref in refs { #expect(schemas.contains(ref), "\(ref)") }
    }

    @Test(
        "Real answers on the bundled data match their documented schemas",
        arguments: [
            "/api/v1/coverage", "/api/v1/states?as_of=1990-06-30", "/api/v1/states/USA?as_of=1990-06-30",
            "/api/v1/states/IDN?as_of=2024-06-30", "/api/v1/states/RUS/alliances?year=2000", "/api/v1/organisations",
            "/api/v1/organisations/ASEAN/members?as_of=2024-06-30", "/api/v1/activities?from=2015-01-01&limit=50",
            "/api/v1/sources", "/api/v1/law/rules", "/api/v1/law/questions/consent/facts",
            "/api/v1/law/questions/customary_law/template", "/api/v1/network/measures?year=1995&top=10",
            "/api/v1/network/blocs?year=1985&layer=alliance.defense", "/api/v1/network/profile/IDN?from=2005&to=2008",
            "/api/v1/network/index?year=2005&samples=50&top=10",
            "/api/v1/network/affinity?a=USA&b=IND&from=2000&to=2003",
            "/api/v1/network/export?year=1990&layer=exercise", "/api/v1/simulation/models", "/api/v1/simulation/jobs",
            "/api/v1/panels/dyad-year/codebook?from=2000&with=contiguity,affinity",
        ])
    func answersMatchSchemas(uri: String) async throws {
        let app = try await ServerTestSupport.app()
        let components = ReportSchemas.all
        let path = String(uri.prefix { $0 != "?" })
        let route = try #require(
            app.routes.first { r in
                r.method == .get && Self.matches(template: r.path, path: path)
            })
        try await app.makeApplication().test(.router) { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .ok, "\(uri)")
            let value = try ServerTestSupport.json(response)
            let problems = route.answer.schema.violations(of: value, components: components)
            #expect(problems.isEmpty, "\(uri): \(problems.prefix(5))")
        }
    }

    static func matches(template: String, path: String) -> Bool {
        let a = template.split(separator: "/")
        let b = path.split(separator: "/")
        return a.count == b.count && zip(a, b).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }
}
