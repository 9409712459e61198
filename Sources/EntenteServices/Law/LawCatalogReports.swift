public import EntenteLaw

/// The inputs a question accepts: a situation's facts, or the fields of a customary-law rule file.
public struct LawFactsReport: Codable, Sendable, Equatable {
    /// One input with its kind and meaning.
    public struct Fact: Codable, Sendable, Equatable {
        public var name: String
        /// What the value looks like (`true/false/null`, `state`, `list of states`…).
        public var kind: String
        public var summary: String
        /// Where the engine takes the value from when the file leaves it out, if anywhere.
        public var derivedFrom: String?

        public init(name: String, kind: String, summary: String, derivedFrom: String? = nil) {
            self.name = name
            self.kind = kind
            self.summary = summary
            self.derivedFrom = derivedFrom
        }
    }

    public var question: String
    public var facts: [Fact]

    public init(question: String, facts: [Fact]) {
        self.question = question
        self.facts = facts
    }
}

/// The rules of one question or of all: rule books for the situation questions; for customary law,
/// its conditions, outcomes and default thresholds.
public struct LawRulesReport: Codable, Sendable, Equatable {
    /// The rules of one question.
    public struct QuestionRules: Codable, Sendable, Equatable {
        public var question: String
        /// One rule book per treaty or text (empty for customary law).
        public var ruleSets: [RuleListing]
        /// What customary law judges (customary law only).
        public var customaryLaw: CustomaryLawRules?
    }

    /// The elements the customary-law judgement examines and the thresholds it starts from.
    public struct CustomaryLawRules: Codable, Sendable, Equatable {
        public var conditions: [String]
        public var outcomes: [String]
        public var generality: Double
        public var speciallyAffected: Double
        public var consistency: Double
        public var opinioJuris: Double
        public var durationYears: Double
    }

    /// Whether this is the overview of every question (else the rules of one).
    public var overview: Bool
    public var questions: [QuestionRules]
}

/// A skeleton file for a question, with every input's meaning as a comment.
public struct LawTemplate: Codable, Sendable, Equatable {
    public var question: String
    /// The YAML text; it parses back as a file for the question.
    public var text: String
}
