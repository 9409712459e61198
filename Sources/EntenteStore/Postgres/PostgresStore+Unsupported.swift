public import EntenteCore

/// The questions the PostgreSQL store does not answer yet: each throws a plain `.unsupported`
/// error naming itself, so a caller learns what to use instead rather than getting a wrong answer.
extension PostgresStore {
    private func notYet(_ question: String) -> EntenteError {
        EntenteError(
            .unsupported,
            "\(question) is not yet supported on PostgreSQL; use the SQLite store (a file path for --store) for it.")
    }

    public func profile(of state: CowCode, asOf day: Day) async throws(EntenteError) -> StateProfile {
        throw notYet("A state profile")
    }

    public func alliances(of state: CowCode, year: Int) async throws(EntenteError) -> AllianceReport {
        throw notYet("Alliance obligations")
    }

    public func disputes(of state: CowCode, fromYear: Int, toYear: Int) async throws(EntenteError) -> [DisputeDyad] {
        throw notYet("Militarized disputes")
    }

    public func votes(of first: CowCode, and second: CowCode, fromYear: Int, toYear: Int, issue: String?)
        async throws(EntenteError) -> VotePair
    {
        throw notYet("UN General Assembly vote pairs")
    }

    public func rollCalls(_ ids: [Int]) async throws(EntenteError) -> [RollCall] {
        throw notYet("UN roll calls")
    }

    public func rollCallVotes(resolutions: [String], issues: [String], titles: [String], fromYear: Int, toYear: Int)
        async throws(EntenteError) -> [RollCallVote]
    {
        throw notYet("UN roll-call votes")
    }

    public func export(_ kind: ImportKind) async throws(EntenteError) -> ExportTable {
        throw notYet("Exporting records")
    }

    public func world(asOf day: Day) async throws(EntenteError) -> World {
        throw notYet("The World snapshot")
    }

    public func knowledgeSnapshot() async throws(EntenteError) -> KnowledgeSnapshot {
        throw notYet("The legal engine's knowledge snapshot")
    }

    public func panelSources(_ tables: Set<PanelSources.Table>) async throws(EntenteError) -> PanelSources {
        throw notYet("Panel data")
    }
}
