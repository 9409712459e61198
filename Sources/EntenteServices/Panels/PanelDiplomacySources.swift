import EntenteCore
import EntenteNetwork
import EntenteStore

/// The inputs of the defence-diplomacy groups that the bulk panel tables (``PanelSources``) do not
/// carry, as flat arrays: MME exercises with their domains, and from the knowledge snapshot the
/// security-organisation spells, the NPT, CTBT and TAC rosters and ATOP 4.01's member dates.
///
/// Days are kept as ordinals (days since 1970-01-01); an open end is `Int32.max`.
struct PanelDiplomacySources: Sendable {
    /// The MME domain flags, in bit order: what `Activity.domains` holds for an MME exercise.
    static let domainNames = ["land", "sea", "air", "amphibious", "cyber", "cpx"]

    /// MME exercises with their participating states (unique, observers left out).
    var exercises = PanelSources.Events()
    /// Per exercise: bit k set when MME flags domain ``domainNames``[k].
    var exerciseDomains: [UInt8] = []

    /// The organisations of ``WorldLayers/Options/defaultOrganisations``, in that order.
    var organisations: [String] = []
    /// Per organisation: whether it is a collective-defence body (weight 1 in the network layer).
    var isDefenceOrganisation: [Bool] = []
    /// Membership spells of those organisations: organisation index, state, first and last day.
    var spellOrganisation: [Int32] = []
    var spellState: [Int32] = []
    var spellStart: [Int32] = []
    var spellEnd: [Int32] = []

    /// The treaties of the `regimes` group, in column order.
    static let regimeTreaties = ["NPT", "CTBT", "TAC"]
    /// Per treaty of ``regimeTreaties``: each state's record.
    var regimes: [[Int32: TreatyStatus]] = []

    /// ATOP 4.01 member-phase rows, ordered by alliance: alliance id, member, entry and exit days.
    var pactID: [Int32] = []
    var pactState: [Int32] = []
    var pactStart: [Int32] = []
    var pactEnd: [Int32] = []

    /// Reads what the groups need from the MME exercises and the knowledge snapshot.
    init(exercises activities: [Activity]?, snapshot: KnowledgeSnapshot?) {
        if let activities { addExercises(activities) }
        if let snapshot {
            addOrganisations(snapshot)
            regimes = Self.regimeTreaties.map { treaty in
                var byState: [Int32: TreatyStatus] = [:]
                for status in snapshot.treaties[treaty] ?? [] {
                    if let state = status.state { byState[Int32(state.rawValue)] = status }
                }
                return byState
            }
            addPacts(snapshot)
        }
    }

    private mutating func addExercises(_ activities: [Activity]) {
        for activity in activities where activity.kind == .exercise && activity.provenance.source == "mme-7" {
            // The same years and states as the bulk table's events, so counts agree with `mme_exercises`.
            let first = activity.period.start.year
            let last = (activity.period.end ?? activity.period.start).year
            let states = Set(activity.participants.map { Int32($0.rawValue) }.filter { $0 >= 0 }).sorted()
            var bits: UInt8 = 0
            for domain in activity.domains {
                if let k = Self.domainNames.firstIndex(of: domain.lowercased()) { bits |= 1 << UInt8(k) }
            }
            exercises.firstYear.append(Int32(first))
            exercises.lastYear.append(Int32(last))
            exercises.participants += states
            exercises.offsets.append(Int32(exercises.participants.count))
            exerciseDomains.append(bits)
        }
    }

    /// The network layer's security organisations and its rule for leaving spells out: members and
    /// partners (the snapshot holds no other status), spells whose start is unknown never count.
    private mutating func addOrganisations(_ snapshot: KnowledgeSnapshot) {
        let options = WorldLayers.Options()
        organisations = options.organisations.map(Organisation.key)
        // The network layer weighs collective-defence bodies 1 and regional bodies and inclusive
        // forums below; that split is the one the `defence_orgs` columns use.
        isDefenceOrganisation = organisations.map { (options.organisationWeights[$0] ?? 0) >= 1 }
        for (index, key) in organisations.enumerated() {
            for spell in snapshot.spells[key] ?? [] where spell.datePrecision != .unknown {
                spellOrganisation.append(Int32(index))
                spellState.append(Int32(spell.state.rawValue))
                spellStart.append(spell.period.start.ordinal)
                spellEnd.append(spell.period.end?.ordinal ?? Int32.max)
            }
        }
    }

    private mutating func addPacts(_ snapshot: KnowledgeSnapshot) {
        for id in snapshot.pacts.keys.sorted() {
            for row in snapshot.pacts[id] ?? [] {
                pactID.append(Int32(id))
                pactState.append(Int32(row.member.rawValue))
                pactStart.append(row.period.start.ordinal)
                pactEnd.append(row.period.end?.ordinal ?? Int32.max)
            }
        }
    }

    /// The calendar years of day spans, for bucketing (an open end runs to `lastYear`).
    static func years(start: [Int32], end: [Int32], lastYear: Int) -> (first: [Int32], last: [Int32]) {
        let first = start.map { Int32(Day(ordinal: $0).year) }
        let last = end.map { $0 == Int32.max ? Int32(lastYear) : Int32(Day(ordinal: $0).year) }
        return (first, last)
    }
}
