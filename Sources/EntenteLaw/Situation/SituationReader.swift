import EntenteCore
internal import Yams

/// Reads situation text (YAML or JSON) into ``SituationValue``s with line numbers.
enum SituationReader {
    static func read(_ text: String, file: String) throws(EntenteError) -> SituationValue.Located {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw EntenteError(
                .malformedFile, "\(file): the file is not valid YAML or JSON: \(error)", underlying: error)
        }
        guard let node else {
            throw EntenteError(.malformedFile, "\(file): the file is empty; expected a situation with a question.")
        }
        return convert(node)
    }

    private static func convert(_ node: Node) -> SituationValue.Located {
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
                pairs.append((key: k.string ?? "", value: convert(v)))
            }
            return .init(value: .map(pairs), line: line)
        case .sequence(let sequence):
            return .init(value: .list(sequence.map { convert($0) }), line: line)
        case .alias:
            return .init(value: .null, line: line)
        }
    }
}
