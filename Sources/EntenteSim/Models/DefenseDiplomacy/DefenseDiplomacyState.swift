/// One replicate's mutable state, struct of arrays: per-state columns of length `n`, dyadic matrices
/// `n × n` row-major (`[i * n + j]` is i's view of j), per-norm columns `n × normCount`.
/// Everything is allocated in `makeState`; the step loop only writes into these arrays.
public struct DefenseDiplomacyState: Sendable {
    static let normCount = 4
    /// Norm indices: prior notification of exercises, peaceful settlement, consent for foreign
    /// forces, military-budget transparency.
    static let notification = 0
    static let peacefulSettlement = 1
    static let consent = 2
    static let budgetTransparency = 3
    static let normNames = ["notification", "peaceful_settlement", "consent", "budget_transparency"]

    var month = 0
    var trust: [Double]
    var threat: [Double]
    /// The threat level each dyad relaxes to without new events (rivalry and disputes).
    var baseThreat: [Double]
    var transparency: [Double]
    var interoperability: [Double]
    var spending: [Double]
    /// Threat-weighted rival spending at the start: the arms equation's rest point.
    var restHostility: [Double]
    var credibility: [Double]
    var regimeMember: [Bool]
    var posture: [UInt8]
    var adherence: [Double]
    var adherenceSum: [Double]
    var stated: [Bool]
    var conformingActs: [Int]
    var contraryActs: [Int]
    var normStatus: [Double]
    /// Month of each dyad's last joint exercise and last crisis (`[i * n + j]`, symmetric; a large
    /// negative number when none): the yearly exercise and dispute networks the validation compares
    /// with MME and MID are the dyads marked in the last 12 months.
    var lastExercise: [Int32]
    var lastCrisis: [Int32]
    /// Scratch space for partner choice: candidate ids and their weights.
    var candidates: [Int]
    var weights: [Double]

    var exercises = 0
    var notifiedExercises = 0
    var crises = 0
    var attacks = 0
    var lawfulSelfDefence = 0
    var alliesBound = 0
    var alliesHonoured = 0
    var alliesBroke = 0
    var councilBlocked = 0
    var councilActed = 0
    var legalUnknown = 0
}
