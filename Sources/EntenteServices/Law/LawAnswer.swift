public import EntenteLaw

/// The answer to a law file: a situation's assessment or a customary-law judgement, decided by the
/// question the file declares. Its JSON is the inner report's, which names its question.
public enum LawAnswer: Codable, Sendable, Equatable {
    case situation(AssessmentReport)
    case customaryLaw(CustomLawReport)

    /// The question answered.
    public var question: String {
        switch self {
        case .situation(let report): report.question
        case .customaryLaw(let report): report.question
        }
    }

    /// The outcome label.
    public var outcome: String {
        switch self {
        case .situation(let report): report.outcome
        case .customaryLaw(let report): report.outcome
        }
    }

    private enum Keys: String, CodingKey { case question }

    public init(from decoder: any Decoder) throws {
        let question = try decoder.container(keyedBy: Keys.self).decode(String.self, forKey: .question)
        if QuestionKind(name: question) == .customaryLaw {
            self = .customaryLaw(try CustomLawReport(from: decoder))
        } else {
            self = .situation(try AssessmentReport(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .situation(let report): try report.encode(to: encoder)
        case .customaryLaw(let report): try report.encode(to: encoder)
        }
    }
}
