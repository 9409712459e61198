/// Every question Entente answers about international law, in one catalogue: the situation
/// questions the rule engine assesses and `customary_law`, judged from evidence of practice and
/// acceptance as law.
///
/// Front ends list, parse and dispatch questions through this type, so no command needs to know
/// that customary law is judged differently.
public enum QuestionKind: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// A question the rule engine assesses from a situation's facts.
    case situation(Question)
    /// Whether a practice has become customary international law (ILC 2018 Draft Conclusions).
    case customaryLaw

    public static var allCases: [QuestionKind] { Question.allCases.map(QuestionKind.situation) + [.customaryLaw] }

    /// The name written in files and on the command line (`self_defence`, `customary_law`).
    public var name: String {
        switch self {
        case .situation(let question): question.name
        case .customaryLaw: "customary_law"
        }
    }

    public var description: String { name }

    /// The question with this name, if any.
    public init?(name: String) {
        if let question = Question(rawValue: name) {
            self = .situation(question)
        } else if name == "customary_law" {
            self = .customaryLaw
        } else {
            return nil
        }
    }

    /// Every question's name, in catalogue order.
    public static var names: [String] { allCases.map(\.name) }
}
