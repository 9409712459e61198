import HTTPTypes

/// The OpenAPI 3.1 document of the API, built from the same route list the router is built from.
public enum OpenAPIDocument {
    public static let version = "1.0.0"

    public static func build(routes: [APIRoute]) -> JSONValue {
        var paths: [String: [String: JSONValue]] = [:]
        for route in routes {
            paths[route.path, default: [:]][route.method.rawValue.lowercased()] = operation(route)
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Entente API",
                "version": .string(version),
                "description": """
                Defense diplomacy under international law: the knowledge base as of any date, the legal \
                engine, network measures and simulations. Every answer carries its sources and coverage. \
                Reads are open on loopback; imports and simulation jobs need the server's bearer token.
                """,
                "license": [
                    "name": "Apache-2.0 (code); the bundled datasets keep their own terms", "identifier": "Apache-2.0",
                ],
            ],
            "servers": [["url": "/"]],
            "tags": .array(tags.map { ["name": .string($0.0), "description": .string($0.1)] }),
            "paths": .object(paths.mapValues { JSONValue.object($0) }),
            "components": [
                "schemas": .object(ReportSchemas.all.mapValues(\.json)),
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
                "responses": [
                    "Error": [
                        "description": "The request was refused or failed; the message says why.",
                        "content": ["application/json": ["schema": ReportSchemas.errorReference.json]],
                    ]
                ],
            ],
        ]
    }

    static let tags: [(String, String)] = [
        ("data", "The knowledge base: states, organisations, memberships, alliances, activities, sources."),
        ("law", "What the law says: the rules-as-code engine and customary law."),
        ("network", "How strong the web of defence diplomacy is: measures, blocs, indices."),
        ("simulation", "What if: reproducible agent-based simulations run as jobs."),
    ]

    private static func operation(_ route: APIRoute) -> JSONValue {
        var op: [String: JSONValue] = [
            "operationId": .string(route.operationID),
            "summary": .string(route.summary),
            "tags": [.string(route.tag)],
        ]
        if !route.parameters.isEmpty {
            op["parameters"] = .array(
                route.parameters.map { p in
                    var schema = parameterSchema(p.schema)
                    if let range = p.range, case .object(var o) = schema {
                        o["minimum"] = .number(Double(range.lowerBound))
                        o["maximum"] = .number(Double(range.upperBound))
                        schema = .object(o)
                    }
                    var parameter: [String: JSONValue] = [
                        "name": .string(p.name), "in": .string(p.location.rawValue), "required": .bool(p.required),
                        "description": .string(p.description), "schema": schema,
                    ]
                    if let example = p.example { parameter["example"] = example }
                    return .object(parameter)
                })
        }
        if let body = route.body {
            op["requestBody"] = [
                "required": true,
                "description": .string(body.description),
                "content": .object(
                    Dictionary(uniqueKeysWithValues: body.mediaTypes.map { ($0, ["schema": body.schema.json]) })),
            ]
        }
        var responses: [String: JSONValue] = [
            String(route.answer.status.code): [
                "description": "The answer.",
                "content": .object(
                    [route.answer.mediaType: ["schema": route.answer.schema.json]].merging(
                        route.answer.alternatives.map { ($0, ["schema": ["type": "string"]]) },
                        uniquingKeysWith: { a, _ in a })),
            ],
            "400": ["$ref": "#/components/responses/Error"],
            "404": ["$ref": "#/components/responses/Error"],
        ]
        if route.body != nil { responses["413"] = ["$ref": "#/components/responses/Error"] }
        if route.needsToken {
            responses["401"] = ["$ref": "#/components/responses/Error"]
            op["security"] = [["bearer": []]]
        }
        responses["503"] = ["$ref": "#/components/responses/Error"]
        op["responses"] = .object(responses)
        return .object(op)
    }

    /// Parameters are never null: their numbers are plain `integer`.
    private static func parameterSchema(_ schema: JSONSchema) -> JSONValue {
        switch schema {
        case .integer: ["type": "integer"]
        case .number: ["type": "number"]
        default: schema.json
        }
    }
}
