public import EntenteCore

/// The knowledge base behind one protocol, so the SQLite store (default) and a PostgreSQL store
/// for teams answer the same questions.
///
/// Every method answers "as of" a day or for a year; unknown is kept apart from none (a year past
/// a source's coverage answers with `covered == false` or a carried-forward flag, not an empty list).
public protocol KnowledgeStore: Sendable {
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
    /// Every source the store's records come from.
    func sources() async throws(EntenteError) -> [SourceRecord]
    /// Validates a whole file, then adds its records in one transaction; a refused file changes nothing.
    func importRecords(kind: ImportKind, fileName: String, bytes: [UInt8]) async throws(EntenteError) -> ImportSummary
    /// The snapshot the engines work on.
    func world(asOf day: Day) async throws(EntenteError) -> World
}
