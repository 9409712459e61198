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
                    out += (out.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return out.isEmpty ? "(top level)" : out
        }
        let hint = "; is this the output of 'entente sim sweep --format json'?"
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing\(hint)"
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(type == String.self ? "text" : "a \(type)")\(hint)"
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "not valid JSON."
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): unreadable value\(hint)"
        @unknown default:
            return "not a sweep result\(hint)"
        }
    }
}
