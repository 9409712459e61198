public import EntenteCore

/// Questions a knowledge base answers "as of" a day or for a year.
///
/// Unknown is kept apart from none: a year past a source's coverage answers with `covered == false`
/// or a carried-forward flag, not an empty list. Every row carries its source.
public protocol KnowledgeReader: Sendable {
    /// The resolver for state codes and names.
    func directory() async throws(EntenteError) -> StateDirectory
    /// States in the system on a day, by COW number.
    func states(asOf day: Day) async throws(EntenteError) -> [StateInfo]
    /// A state's profile on a day.
    func profile(of state: CowCode, asOf day: Day) async throws(EntenteError) -> StateProfile
    /// Members of an organisation on a day.
    func members(of organisation: String, asOf day: Day) async throws(EntenteError) -> MembershipRoster
    /// Whether a state is a full member of an organisation on a day (unknown past the data's coverage).
    func isMember(_ state: CowCode, of organisation: String, on day: Day) async throws(EntenteError) -> Truth
    /// A state's ATOP alliance obligations in a year.
    func alliances(of state: CowCode, year: Int) async throws(EntenteError) -> AllianceReport
    /// Activities matching a filter, ordered by start day.
    func activities(_ filter: ActivityFilter) async throws(EntenteError) -> [Activity]
    /// Organisations known to the store.
    func organisations() async throws(EntenteError) -> [Organisation]
    /// The organisation or treaty a name means: its id, an alias (acronym, former or full name, a
    /// Bahasa Indonesia name) or its recorded name; unknown names are refused with suggestions.
    func organisation(named text: String) async throws(EntenteError) -> Organisation
    /// Other names of organisations and treaties.
    func organisationAliases() async throws(EntenteError) -> [OrganisationAlias]
    /// Every source the store's records come from.
    func sources() async throws(EntenteError) -> [SourceRecord]
    /// A state's status under every recorded treaty.
    func treatyStatuses(of state: CowCode) async throws(EntenteError) -> [TreatyStatus]
    /// Every recorded party, signatory and withdrawn state of a treaty.
    func treatyParties(_ treaty: String) async throws(EntenteError) -> [TreatyStatus]
    /// The recorded UN peacekeeping contributions of one state (every state's when nil), oldest
    /// month first. The record is partial: a month without a row is unknown, not zero.
    func peacekeepingContributions(of state: CowCode?) async throws(EntenteError) -> [PeacekeepingContribution]
    /// A state's militarized disputes in `[fromYear, toYear]`.
    func disputes(of state: CowCode, fromYear: Int, toYear: Int) async throws(EntenteError) -> [DisputeDyad]
    /// Two states' UN General Assembly votes on the roll calls both voted in, optionally on one issue.
    func votes(of first: CowCode, and second: CowCode, fromYear: Int, toYear: Int, issue: String?)
        async throws(EntenteError) -> VotePair
    /// Roll calls by id.
    func rollCalls(_ ids: [Int]) async throws(EntenteError) -> [RollCall]
    /// Every recorded vote on the roll calls selected by resolution symbol, issue or title.
    func rollCallVotes(resolutions: [String], issues: [String], titles: [String], fromYear: Int, toYear: Int)
        async throws(EntenteError) -> [RollCallVote]
    /// Records of one kind in the import format, so an export can be edited and imported again.
    func export(_ kind: ImportKind) async throws(EntenteError) -> ExportTable
}

/// In-memory snapshots the engines work on.
public protocol SnapshotProvider: Sendable {
    /// The columnar snapshot the network and simulation engines work on.
    func world(asOf day: Day) async throws(EntenteError) -> World
    /// Everything the legal engine may ask, loaded once.
    func knowledgeSnapshot() async throws(EntenteError) -> KnowledgeSnapshot
}

/// Writes: user imports, and rebuilding reference data from the bundle.
public protocol KnowledgeImporter: Sendable {
    /// Validates a whole file, then adds its records in one transaction; a refused file changes nothing.
    func importRecords(kind: ImportKind, fileName: String, bytes: [UInt8]) async throws(EntenteError) -> ImportSummary
    /// Replaces the reference data with a fresh build from the bundled datasets; the user's
    /// imported records are kept, and a failed build changes nothing.
    func rebuildReferenceData() async throws(EntenteError) -> StoreBuilder.Report
}

/// The knowledge base behind one protocol, so the SQLite store (default) and a PostgreSQL store
/// for teams answer the same questions; every backend passes the same conformance suite.
public protocol KnowledgeStore: KnowledgeReader, SnapshotProvider, KnowledgeImporter, PanelSourceReader {}
