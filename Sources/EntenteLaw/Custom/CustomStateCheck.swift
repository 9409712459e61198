public import EntenteCore

/// A State named in a rule or evidence file, with where it was written.
struct StateReference: Sendable {
    let reference: String
    let file: String
    let line: Int
    let path: String
}

extension CustomRule {
    /// Refuses a rule whose files name a State the knowledge base does not know, as situation files
    /// are refused: the error names the file, the line, the field and the knowledge base's suggestion.
    ///
    /// Evidence about an unknown State would otherwise count as a State of its own and skew every
    /// share the judgement computes.
    ///
    /// - Throws: `EntenteError` with code `.unknownState`.
    public func validateStates(knowledge: any LawKnowledge) throws(EntenteError) {
        var checked: Set<String> = []
        for reference in stateReferences where checked.insert(reference.reference).inserted {
            do {
                _ = try knowledge.resolveState(reference.reference)
            } catch {
                throw EntenteError(
                    error.code, "\(reference.file):\(reference.line): \(reference.path): \(error.message)",
                    underlying: error)
            }
        }
    }
}
