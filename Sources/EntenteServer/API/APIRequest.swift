public import EntenteCore
import Foundation
public import Hummingbird
import NIOCore

/// Reading a request's parameters and body, each mistake a 400 that names the parameter.
public struct APIRequest: Sendable {
    public let request: Request
    public let context: BasicRequestContext

    public init(_ request: Request, _ context: BasicRequestContext) {
        self.request = request
        self.context = context
    }

    /// A path parameter (always present: the router matched it).
    public func path(_ name: String) throws(EntenteError) -> String {
        guard let value = context.parameters.get(name), !value.isEmpty else {
            throw EntenteError(.invalidInput, "The path parameter '\(name)' is missing.")
        }
        return value.removingPercentEncoding ?? value
    }

    public func text(_ name: String) -> String? {
        guard let value = request.uri.queryParameters.get(name) else { return nil }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    public func requiredText(_ name: String) throws(EntenteError) -> String {
        guard let value = text(name) else {
            throw EntenteError(.invalidInput, "The query parameter '\(name)' is required.")
        }
        return value
    }

    public func day(_ name: String) throws(EntenteError) -> Day? {
        guard let value = text(name) else { return nil }
        guard let day = Day(iso: value) else {
            throw EntenteError(.invalidDate, "'\(name)': '\(value)' is not a date that exists; use YYYY-MM-DD.")
        }
        return day
    }

    public func int(_ name: String, in range: ClosedRange<Int>) throws(EntenteError) -> Int? {
        guard let value = text(name) else { return nil }
        guard let n = Int(value), range.contains(n) else {
            throw EntenteError(
                .invalidInput,
                "'\(name)': '\(value)' is not a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return n
    }

    public func bool(_ name: String) throws(EntenteError) -> Bool? {
        guard let value = text(name) else { return nil }
        switch value.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw EntenteError(.invalidInput, "'\(name)': '\(value)' is not true or false.")
        }
    }

    /// A value from a closed vocabulary (a layer, a question, a measure), refused with the choices.
    public func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws(EntenteError) -> T?
    where T.RawValue == String {
        guard let value = text(name) else { return nil }
        guard let parsed = T(rawValue: value) ?? T(rawValue: value.lowercased()) else {
            throw EntenteError(
                .invalidInput,
                "'\(name)': '\(value)' is not one of " + T.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return parsed
    }

    /// A comma-separated list.
    public func list(_ name: String) -> [String]? {
        text(name).map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }?
            .filter { !$0.isEmpty }
    }

    /// The body as UTF-8 text, at most `limit` bytes.
    public func bodyText(limit: Int) async throws -> String {
        let buffer = try await request.body.collect(upTo: limit)
        // Validated, not decoded with repairs: Latin-1 bytes must be refused as the CLI refuses
        // them, not stored with U+FFFD in place of every accented letter.
        guard let text = String(validating: buffer.readableBytesView, as: UTF8.self) else {
            throw EntenteError(.invalidInput, "The request body is not valid UTF-8 text; send it encoded as UTF-8.")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw EntenteError(.invalidInput, "The request body is empty.")
        }
        return text
    }
}
