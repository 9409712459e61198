import EntenteCore
internal import Yams

/// Reads situation text (YAML or JSON) into ``SituationValue``s with line numbers.
enum SituationReader {
    static func read(_ text: String, file: String) throws(EntenteError) -> SituationValue.Located {
        let node: Node?
        do {
            // A byte-order mark reaches here from request bodies (files read by the CLI lose it when
            // decoded); libyaml would take it for content and refuse the document.
            node = try Yams.compose(yaml: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch {
            throw EntenteError(
                .malformedFile, "\(file): the file is not valid YAML or JSON: \(error)", underlying: error)
        }
        guard let node else {
            throw EntenteError(.malformedFile, "\(file): the file is empty; expected a situation with a question.")
        }
        var budget = valueLimit
        return try convert(node, file: file, budget: &budget)
    }

    /// The most values a document may hold once YAML aliases are expanded. A situation or a rule
    /// with its evidence holds thousands at most; without a limit a few hundred bytes of nested
    /// aliases (a "billion laughs" document) expand to billions of values and exhaust memory.
    static let valueLimit = 1_000_000

    private static func convert(_ node: Node, file: String, budget: inout Int) throws(EntenteError)
        -> SituationValue.Located
    {
        budget -= 1
        guard budget >= 0 else {
            throw EntenteError(
                .malformedFile,
                "\(file): the document holds more than \(valueLimit) values once its aliases are expanded; "
                    + "a situation or a rule needs far fewer.")
        }
        let line = node.mark?.line ?? 0
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain || scalar.style == .any {
                let tag = node.tag.rawValue
                if tag == Tag.Name.null.rawValue { return .init(value: .null, line: line) }
                if tag == Tag.Name.bool.rawValue, let b = node.bool { return .init(value: .bool(b), line: line) }
                if tag == Tag.Name.int.rawValue || tag == Tag.Name.float.rawValue, let d = node.float {
                    return .init(value: .number(d), line: line)
                }
            }
            return .init(value: .string(scalar.string), line: line)
        case .mapping(let mapping):
            var pairs: [(key: String, value: SituationValue.Located)] = []
            for (k, v) in mapping {
                pairs.append((key: k.string ?? "", value: try convert(v, file: file, budget: &budget)))
            }
            return .init(value: .map(pairs), line: line)
        case .sequence(let sequence):
            var items: [SituationValue.Located] = []
            for item in sequence { items.append(try convert(item, file: file, budget: &budget)) }
            return .init(value: .list(items), line: line)
        case .alias:
            return .init(value: .null, line: line)
        }
    }
}
