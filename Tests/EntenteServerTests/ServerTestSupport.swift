import EntenteServer
import EntenteServices
import EntenteTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore

/// An app over the shared bundled store, with a known token.
enum ServerTestSupport {
    static let token = "test-token-0123456789"

    static func app(
        copy: Bool = false, configure: (inout ServerConfiguration) -> Void = { _ in }
    ) async throws -> EntenteServerApp {
        let store = copy ? try await BundledStore.copy() : try await BundledStore.store()
        // A loaded 2-core machine running the whole suite at once can take minutes to build a
        // snapshot; the production time limit is for clients, not for this.
        var configuration = ServerConfiguration(token: token, requestTimeoutSeconds: 1800)
        configure(&configuration)
        return try EntenteServerApp(services: Services(store: store), configuration: configuration)
    }

    static func json(_ response: TestResponse) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text(response).utf8))
    }

    static func text(_ response: TestResponse) -> String {
        response.body.getString(at: response.body.readerIndex, length: response.body.readableBytes) ?? ""
    }

    static var bearer: HTTPFields { [.authorization: "Bearer \(token)"] }
}
