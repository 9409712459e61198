import EntenteCore

/// The evidence model of the `customary_law` question (ILC 2018 Draft Conclusions on identification
/// of customary international law). Dates are kept at year granularity: the ILC asks whether a
/// practice has been general and accepted as law, and year resolution is what the sources give.
public enum CustomScope: String, Sendable, CaseIterable {
    /// A rule of general customary international law (Conclusion 2).
    case general
    /// A particular (regional, local or other) rule among a limited number of states (Conclusion 16).
    case particular
}

/// A form of evidence of acceptance as law (ILC Conclusion 10(2)).
public enum OpinioForm: String, Sendable, CaseIterable {
    case statement
    case officialPublication = "official_publication"
    case legalOpinion = "legal_opinion"
    case diplomaticCorrespondence = "diplomatic_correspondence"
    case courtDecision = "court_decision"
    case treatyProvision = "treaty_provision"
    case resolutionVote = "resolution_vote"
}

/// One act of state practice (ILC Conclusions 5–6).
public struct PracticeRecord: Sendable, Hashable {
    public var state: String
    public var year: Int
    public var act: String
    /// Whether the act conforms to the candidate rule.
    public var conforming: Bool
    /// The form of the practice (physical, verbal, legislative, …): free text, reported, not weighed
    /// (Conclusion 6(2): no predetermined hierarchy among forms).
    public var form: String
    /// A contrary act the acting state justified as an exception, or others treated as a breach,
    /// confirms rather than weakens the rule (ICJ, Nicaragua, para. 186) and does not count as inconsistency.
    public var treatedAsBreach: Bool

    public init(
        state: String, year: Int, act: String = "", conforming: Bool, form: String = "physical",
        treatedAsBreach: Bool = false
    ) {
        self.state = state
        self.year = year
        self.act = act
        self.conforming = conforming
        self.form = form
        self.treatedAsBreach = treatedAsBreach
    }
}

/// One piece of evidence of acceptance (or rejection) as law.
public struct OpinioRecord: Sendable, Hashable {
    public var state: String
    public var year: Int
    public var form: OpinioForm
    /// `true` when the evidence shows acceptance as law; `false` when it shows the state denies the rule.
    public var accepts: Bool

    public init(state: String, year: Int, form: OpinioForm, accepts: Bool = true) {
        self.state = state
        self.year = year
        self.form = form
        self.accepts = accepts
    }
}

/// An objection to the rule (ILC Conclusion 15).
public struct Objection: Sendable, Hashable {
    public var state: String
    /// The year the objection was first clearly expressed.
    public var since: Int
    /// Whether it has been maintained persistently since.
    public var maintained: Bool

    public init(state: String, since: Int, maintained: Bool = true) {
        self.state = state
        self.since = since
        self.maintained = maintained
    }
}

/// A General Assembly (or other organisation's) resolution with its vote (ILC Conclusion 12).
public struct ResolutionRecord: Sendable, Hashable {
    public var symbol: String
    public var year: Int
    public var yes: [String]
    public var no: [String]
    public var abstain: [String]
    /// Vote counts when only the totals are recorded (e.g. "adopted by 120 votes to 5, with 10
    /// abstentions"): they count toward the share of votes cast in favour, but no State's own
    /// acceptance is read from them.
    public var counts: (yes: Int, no: Int, abstain: Int)?

    public init(
        symbol: String, year: Int, yes: [String], no: [String] = [], abstain: [String] = [],
        counts: (yes: Int, no: Int, abstain: Int)? = nil
    ) {
        self.symbol = symbol
        self.year = year
        self.yes = yes
        self.no = no
        self.abstain = abstain
        self.counts = counts
    }

    /// Votes in favour, from the named States or the recorded count.
    var yesVotes: Int { counts?.yes ?? yes.count }
    /// Votes cast, from the named States or the recorded counts.
    var castVotes: Int { counts.map { $0.yes + $0.no + $0.abstain } ?? (yes.count + no.count + abstain.count) }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.symbol == rhs.symbol && lhs.year == rhs.year && lhs.yes == rhs.yes && lhs.no == rhs.no
            && lhs.abstain == rhs.abstain && lhs.counts?.yes == rhs.counts?.yes && lhs.counts?.no == rhs.counts?.no
            && lhs.counts?.abstain == rhs.counts?.abstain
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(symbol)
        hasher.combine(year)
        hasher.combine(yes)
        hasher.combine(no)
        hasher.combine(abstain)
        hasher.combine(counts?.yes)
        hasher.combine(counts?.no)
        hasher.combine(counts?.abstain)
    }
}

/// A treaty that may reflect, crystallise or generate the rule (ILC Conclusion 11).
public struct TreatyBasis: Sendable, Hashable {
    public var treaty: String
    public var adopted: Int
    /// Parties with the year each became bound.
    public var parties: [(state: String, year: Int)]

    public init(treaty: String, adopted: Int, parties: [(state: String, year: Int)]) {
        self.treaty = treaty
        self.adopted = adopted
        self.parties = parties
    }

    public static func == (a: TreatyBasis, b: TreatyBasis) -> Bool {
        a.treaty == b.treaty && a.adopted == b.adopted && a.parties.elementsEqual(b.parties) { $0 == $1 }
    }

    public func hash(into h: inout Hasher) {
        h.combine(treaty)
        h.combine(adopted)
        h.combine(parties.count)
    }
}

/// The analyst's thresholds. The ILC sets no numbers (Conclusion 8 asks for a practice that is
/// "sufficiently widespread and representative, as well as consistent"); these defaults are ours and
/// every answer reports how far each may move before the outcome changes.
public struct CustomThresholds: Sendable, Hashable {
    /// Minimum region-weighted share of states whose practice conforms (default 0.6).
    public var generality: Double = 0.6
    /// Minimum share of practising specially affected states (default 0.75).
    public var speciallyAffected: Double = 0.75
    /// Minimum share of conforming acts among acts not treated as breaches (default 0.9).
    public var consistency: Double = 0.9
    /// Minimum share of states whose acceptance as law is evidenced, form-weighted (default 0.6).
    public var opinioJuris: Double = 0.6
    /// Minimum years from first conforming practice to crystallisation (default 0; Conclusion 8(2)).
    public var durationYears: Double = 0
    /// Weight of a resolution vote as evidence of acceptance (default 0.5; Conclusion 12(2): evidence, not creation).
    public var resolutionWeight: Double = 0.5
    /// Weight of being bound by a treaty stating the rule (default 0.5; Conclusion 11(2)).
    public var treatyWeight: Double = 0.5
    /// Share of the states concerned that must practise and accept a particular custom (default 1.0; Conclusion 16(2)).
    public var particularShare: Double = 1.0

    public init() {}

    /// The one threshold counted in years; every other is a share in 0…1.
    public static let yearsName = "duration_years"

    /// Whether the threshold named `name` counts years rather than a share.
    public static func countsYears(_ name: String) -> Bool { name == yearsName }

    /// The thresholds reported with a sensitivity range, by name.
    public static let names = [
        "generality", "specially_affected", "consistency", "opinio_juris", "duration_years", "particular_share",
    ]

    public subscript(name: String) -> Double {
        get {
            switch name {
            case "generality": generality
            case "specially_affected": speciallyAffected
            case "consistency": consistency
            case "opinio_juris": opinioJuris
            case "duration_years": durationYears
            case "resolution_weight": resolutionWeight
            case "treaty_weight": treatyWeight
            case "particular_share": particularShare
            default: .nan
            }
        }
        set {
            switch name {
            case "generality": generality = newValue
            case "specially_affected": speciallyAffected = newValue
            case "consistency": consistency = newValue
            case "opinio_juris": opinioJuris = newValue
            case "duration_years": durationYears = newValue
            case "resolution_weight": resolutionWeight = newValue
            case "treaty_weight": treatyWeight = newValue
            case "particular_share": particularShare = newValue
            default: break
            }
        }
    }

    static let all = [
        "generality", "specially_affected", "consistency", "opinio_juris", "duration_years", "resolution_weight",
        "treaty_weight", "particular_share",
    ]
}

/// A candidate rule of customary international law with its evidence.
public struct CustomRule: Sendable {
    public var id: String
    public var title: String
    public var scope: CustomScope
    /// The year of the assessment.
    public var asOf: Int
    /// The states whose practice counts, with their regions. For particular custom, the states concerned.
    public var states: [(state: String, region: String)]
    public var statesConcerned: [String]
    public var speciallyAffected: [String]
    /// The state against which the rule is invoked, if any (for persistent objection, acquiescence, binding).
    public var stateConcerned: String?
    public var practice: [PracticeRecord]
    public var opinio: [OpinioRecord]
    public var objections: [Objection]
    public var resolutions: [ResolutionRecord]
    public var treaty: TreatyBasis?
    public var thresholds: CustomThresholds
    /// The rule is (claimed to be) peremptory (jus cogens): persistent objection cannot exempt a state
    /// (ILC Conclusion 15(3): without prejudice to peremptory norms).
    public var peremptory = false
    /// The expected block of a worked example, if any.
    public var expected: SituationValue.Located?
    /// What `--from-data` should draw from the knowledge base, if the file says.
    public var dataQuery: CustomDataQuery?
    public var file: String
    /// Every State reference read from the files, with where it was written, for
    /// ``validateStates(knowledge:)``.
    var stateReferences: [StateReference] = []
    /// Evidence stated in aggregate ("practice widespread", "acceptance shown"), for rules whose
    /// per-State records are not at hand.
    public var aggregate: AggregateEvidence?
    /// Reactions to other States' practice, and silences (ILC 2018 Conclusion 10(3)).
    public var reactions: [ReactionRecord] = []
    /// Groups the files declare under `groups:`, by name, with their States.
    public var declaredGroups: [String: [String]] = [:]
    /// Records written for a group not yet expanded (an organisation, expanded by
    /// ``expandGroups(knowledge:)``).
    var pendingGroups: [GroupedRecord] = []
    /// How each group named in the evidence was read, per year.
    public var groupExpansions: [GroupExpansion] = []

    public init(
        id: String, title: String = "", scope: CustomScope = .general, asOf: Int,
        states: [(state: String, region: String)], statesConcerned: [String] = [],
        speciallyAffected: [String] = [], stateConcerned: String? = nil,
        practice: [PracticeRecord] = [], opinio: [OpinioRecord] = [], objections: [Objection] = [],
        resolutions: [ResolutionRecord] = [], treaty: TreatyBasis? = nil,
        thresholds: CustomThresholds = .init(), file: String = "rule"
    ) {
        self.id = id
        self.title = title
        self.scope = scope
        self.asOf = asOf
        self.states = states
        self.statesConcerned = statesConcerned
        self.speciallyAffected = speciallyAffected
        self.stateConcerned = stateConcerned
        self.practice = practice
        self.opinio = opinio
        self.objections = objections
        self.resolutions = resolutions
        self.treaty = treaty
        self.thresholds = thresholds
        self.expected = nil
        self.dataQuery = nil
        self.file = file
    }
}
