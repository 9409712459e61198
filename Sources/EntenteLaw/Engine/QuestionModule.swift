import EntenteCore

/// Everything the engine knows about one question: its facts, its rule books, the day whose law
/// applies, and the derivations that fill facts from the knowledge base.
struct QuestionModule: Sendable {
    let question: Question
    let schema: FactSchema
    let books: [RuleBook]
    /// The fact holding the day whose law governs (the attack date, the vote date), else `as_of`.
    let governingFact: FactID?
    /// The first day the encoded law applies, with a sentence saying why.
    let firstDay: (day: Day, reason: String)
    /// Picks the rule book (e.g. the treaty) for the facts.
    let select: @Sendable (FactTable) throws(EntenteError) -> Int
    /// Fills derived facts; the situation's own values always win.
    let derive: @Sendable (inout FactTable, any LawKnowledge, Day, Int) throws(EntenteError) -> Void
    /// A per-book first day (a treaty's entry into force), when it differs from `firstDay`.
    let bookFirstDay: @Sendable (Int) -> (day: Day, reason: String)?

    init(
        question: Question, schema: FactSchema, ruleSets: [RuleSet], governingFact: FactID? = nil,
        firstDay: (Day, String),
        select: @escaping @Sendable (FactTable) throws(EntenteError) -> Int = { _ in 0 },
        bookFirstDay: @escaping @Sendable (Int) -> (day: Day, reason: String)? = { _ in nil },
        derive: @escaping @Sendable (inout FactTable, any LawKnowledge, Day, Int) throws(EntenteError) -> Void = {
            _, _, _, _ in
        }
    ) {
        self.question = question
        self.schema = schema
        self.books = ruleSets.map(RuleBook.init)
        self.governingFact = governingFact
        self.firstDay = (firstDay.0, firstDay.1)
        self.select = select
        self.derive = derive
        self.bookFirstDay = bookFirstDay
    }
}

/// The day the UN Charter entered into force.
let charterInForce = Day(year: 1945, month: 10, day: 24)!

extension Day {
    /// A day from literal components known to be valid (for dates written in the rule files).
    static func of(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }
}
