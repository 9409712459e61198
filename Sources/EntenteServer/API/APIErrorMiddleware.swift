import EntenteCore
public import Hummingbird
import Logging
import NIOCore

/// Turns every failure into a JSON error a client can act on: 4xx with the library's message for
/// bad input, and for the server's own failures a bare sentence — no stack trace, SQL or file path
/// reaches a client; the detail goes to the log.
public struct APIErrorMiddleware: RouterMiddleware {
    public typealias Context = BasicRequestContext

    /// The body of every error response.
    public struct Body: Codable, Sendable {
        public struct Detail: Codable, Sendable {
            public var status: Int
            public var code: String
            public var message: String
        }
        public var error: Detail
    }

    public init() {}

    @concurrent public func handle(
        _ request: Request, context: Context, next: @concurrent (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, code, message) = Self.describe(error)
            if status.code >= 500 {
                context.logger.error("\(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
            }
            return Self.response(status: status, code: code, message: message)
        }
    }

    public static func response(status: HTTPResponse.Status, code: String, message: String) -> Response {
        let body = Body(error: .init(status: status.code, code: code, message: message))
        return (try? APIResponse.json(body, status: status))
            ?? APIResponse.text(message, mediaType: "text/plain; charset=utf-8", status: status)
    }

    /// The status, a stable code and a message for an error.
    public static func describe(_ error: any Error) -> (HTTPResponse.Status, String, String) {
        switch error {
        case let error as EntenteError:
            switch error.code {
            case .notFound: return (.notFound, "not_found", error.message)
            case .storage:
                return (.serviceUnavailable, "storage", "The knowledge base could not be read; try again later.")
            case .internalFailure:
                return (.internalServerError, "internal", "The server failed to answer; the failure has been logged.")
            case .unknownState, .unknownOrganisation: return (.notFound, "unknown_name", error.message)
            default: return (.badRequest, snakeCode(error.code), error.message)
            }
        case let error as HTTPError:
            let message = error.body ?? error.status.reasonPhrase
            switch error.status {
            case .contentTooLarge:
                return (.contentTooLarge, "too_large", "The request body is larger than the server accepts.")
            case .notFound: return (.notFound, "not_found", "There is no such page or endpoint.")
            default: return (error.status, "http", message)
            }
        case is NIOTooManyBytesError:
            return (.contentTooLarge, "too_large", "The request body is larger than the server accepts.")
        case is DecodingError:
            return (.badRequest, "invalid_input", "The request body is not the JSON this endpoint expects.")
        case is CancellationError:
            return (.serviceUnavailable, "cancelled", "The request was cancelled.")
        default:
            return (.internalServerError, "internal", "The server failed to answer; the failure has been logged.")
        }
    }

    private static func snakeCode(_ code: EntenteError.Code) -> String {
        String(describing: code).reduce(into: "") { out, c in
            if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
        }
    }
}
