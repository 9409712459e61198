public import EntenteCore
public import EntenteServices
public import Foundation

extension SweepReport {
    /// Reads a sweep or shard report back from the JSON a front end wrote.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the file name to quote in errors.
    /// - Throws: ``EntenteError`` (`malformedFile`) naming the file and the field.
    public init(json data: Data, file: String) throws(EntenteError) {
        // Another Entente file (a run, say) is named by its kind rather than by its first missing field.
        struct Kind: Decodable { var kind: String? }
        if let kind = (try? EntenteJSON.decode(Kind.self, from: data))?.kind, kind != SweepReport.kind {
            throw EntenteError(
                .malformedFile,
                "\(file): kind: expected \"\(SweepReport.kind)\", got \"\(kind)\"; "
                    + "is this the output of 'entente sim sweep --format json'?")
        }
        do {
            self = try EntenteJSON.decode(SweepReport.self, from: data)
        } catch let error as DecodingError {
            throw EntenteError(.malformedFile, "\(file): \(Self.explain(error))", underlying: error)
        } catch {
            throw EntenteError(.malformedFile, "\(file): not a sweep result.", underlying: error)
        }
    }

    private static func explain(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let i = key.intValue {
                    out += "[\(i)]"
                } else {
                    out += (out.isEmpty ? "" : ".") + EntenteJSON.snakeCase(key.stringValue)
                }
            }
            return out.isEmpty ? "(top level)" : out
        }
        func describe(_ type: Any.Type) -> String {
            if type == Int.self { return "a whole number" }
            if type == Double.self { return "a number" }
            if type == String.self { return "text" }
            return String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
        let hint = "; is this the output of 'entente sim sweep --format json'?"
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing\(hint)"
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(describe(type))\(hint)"
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "not valid JSON."
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): unreadable value\(hint)"
        @unknown default:
            return "not a sweep result\(hint)"
        }
    }
}
