public import HTTPTypes
public import Hummingbird

/// One endpoint of the JSON API: how it is called, what it answers, and the handler.
///
/// The router and the OpenAPI document are both built from the same list of routes, so the
/// document cannot describe a route that does not exist or miss one that does.
public struct APIRoute: Sendable {
    public typealias Handler = @Sendable (Request, BasicRequestContext) async throws -> Response

    /// A query or path parameter.
    public struct Parameter: Sendable {
        public enum Location: String, Sendable { case query, path }
        public var name: String
        public var location: Location
        public var required: Bool
        public var schema: JSONSchema
        public var description: String
        /// The accepted range of an integer parameter.
        public var range: ClosedRange<Int>?
        /// A value that answers, for the document's readers and for test generators.
        public var example: JSONValue?

        public static func path(_ name: String, _ description: String, example: JSONValue? = nil) -> Parameter {
            Parameter(
                name: name, location: .path, required: true, schema: .string(), description: description, range: nil,
                example: example)
        }

        public static func query(
            _ name: String, _ schema: JSONSchema, _ description: String, required: Bool = false,
            range: ClosedRange<Int>? = nil, example: JSONValue? = nil
        ) -> Parameter {
            Parameter(
                name: name, location: .query, required: required, schema: schema, description: description,
                range: range, example: example)
        }
    }

    /// A request body: its media type and, for JSON, its schema.
    public struct Body: Sendable {
        public var mediaTypes: [String]
        public var description: String
        public var schema: JSONSchema

        public static func text(_ description: String, mediaTypes: [String]) -> Body {
            Body(mediaTypes: mediaTypes, description: description, schema: .string())
        }
    }

    /// A successful answer: its media type and schema.
    public struct Answer: Sendable {
        public var mediaType: String
        public var schema: JSONSchema
        public var status: HTTPResponse.Status
        /// Other media types the route answers on request (a `format` parameter), as text.
        public var alternatives: [String] = []

        public static func json(_ schema: JSONSchema, status: HTTPResponse.Status = .ok, alternatives: [String] = [])
            -> Answer
        {
            Answer(mediaType: "application/json", schema: schema, status: status, alternatives: alternatives)
        }

        public static func text(_ mediaType: String) -> Answer {
            Answer(mediaType: mediaType, schema: .string(), status: .ok)
        }
    }

    public var method: HTTPRequest.Method
    /// The path in OpenAPI form: `/api/v1/states/{state}`.
    public var path: String
    public var operationID: String
    public var tag: String
    public var summary: String
    public var parameters: [Parameter]
    public var body: Body?
    public var answer: Answer
    /// Writes (imports, simulation jobs) need the bearer token.
    public var needsToken: Bool
    /// The answer depends only on the request and the store, so it may be kept and given again
    /// (``AnswerCache``). True for reads; false for writes and for anything that changes by itself,
    /// such as a simulation job.
    public var cached: Bool
    public var handler: Handler

    public init(
        _ method: HTTPRequest.Method, _ path: String, id operationID: String, tag: String, summary: String,
        parameters: [Parameter] = [], body: Body? = nil, answer: Answer, needsToken: Bool = false,
        cached: Bool? = nil, handler: @escaping Handler
    ) {
        self.method = method
        self.path = path
        self.operationID = operationID
        self.tag = tag
        self.summary = summary
        self.parameters = parameters
        self.body = body
        self.answer = answer
        self.needsToken = needsToken
        self.cached = cached ?? (method == .get)
        self.handler = handler
    }

    /// The path in the router's form: `/api/v1/states/:state`.
    public var routerPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? ":" + part.dropFirst().dropLast() : part
        }.joined(separator: "/")
    }
}
