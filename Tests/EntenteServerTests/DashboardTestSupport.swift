import EntenteServices
import EntenteTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

@testable import EntenteServer

/// The server over the bundled store, and what dashboard tests ask of its pages.
enum DashboardTestSupport {
    static let token = "dashboard-test-token"

    static func server() async throws -> EntenteServerApp {
        let services = Services(store: try await BundledStore.store())
        return try EntenteServerApp(
            services: services, configuration: ServerConfiguration(token: token, requestTimeoutSeconds: 1800))
    }

    /// The catalogue the server reads, to find each page's words in each language.
    static func catalogue() throws -> Catalogue { try Catalogue.bundled() }

    static func text(_ key: TextKey, _ language: Language) throws -> String {
        try catalogue().text(key, language)
    }

    static func body(_ response: TestResponse) -> String { String(buffer: response.body) }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(
            string: fields.map { "\(PageContext.encode($0.0))=\(PageContext.encode($0.1))" }.joined(separator: "&"))
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
}
