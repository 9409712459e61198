/// A note attached to a fact, as a fact table stores it.
///
/// Notes are read only when a report is rendered, while a simulation may assess hundreds of
/// thousands of situations and never render one. So a note the engine derives is stored as its
/// parts — what it was derived from, shared by every fact derived from the same thing, and the
/// rule's fixed text — and the sentence is written only when someone reads it.
enum FactNote: Sendable {
    /// Text as written (by the situation, or by a derivation that already has it).
    case text(String)
    /// "Derived from <subject>. <rule> State the fact to override."
    case derived(from: DerivationSubject, rule: StaticString)

    var text: String {
        switch self {
        case .text(let text): text
        case .derived(let subject, let rule): "Derived from \(subject.description). \(rule) State the fact to override."
        }
    }
}

/// What a group of facts was derived from ("location.lat/lon: (59.38, 28.19) is on land in
/// Estonia"), described only when a note is read.
final class DerivationSubject: Sendable, CustomStringConvertible {
    private let describe: @Sendable () -> String

    init(_ describe: @escaping @Sendable () -> String) { self.describe = describe }

    var description: String { describe() }
}
