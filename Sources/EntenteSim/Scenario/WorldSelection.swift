public import EntenteCore

/// A scenario's `world:` section: which knowledge-base world a data-initialised model starts from.
///
/// ```yaml
/// world:
///   date: 2010-06-30
///   states: [asean, admm-plus]         # state codes (ISO 3166, COW letters or numbers) or groups
///   posture: {IDN: hedging}            # aligned | hedging | isolationist
///   attack: {attacker: CHN, target: PHL, month: 24}
/// ```
///
/// The parser checks the form and the date; the services resolve the names against the knowledge
/// base (quoting ``file`` and each item's line) and attach the World before anything runs.
public struct WorldSelection: Sendable, Hashable {
    /// A name as written, with where it was written.
    public struct Item: Sendable, Hashable {
        public var text: String
        /// The field path, e.g. `world.states[2]`.
        public var path: String
        /// The 1-based line in the scenario file, when known.
        public var line: Int?

        public init(text: String, path: String, line: Int?) {
            self.text = text
            self.path = path
            self.line = line
        }
    }

    /// A state whose posture the scenario sets.
    public struct Posture: Sendable, Hashable {
        public var state: Item
        /// 0 aligned, 1 hedging, 2 isolationist.
        public var posture: Int
    }

    /// A scheduled armed attack.
    public struct Attack: Sendable, Hashable {
        public var attacker: Item
        public var target: Item
        /// The month of the run (1 … horizon) in which it happens.
        public var month: Int
    }

    /// Posture names, in code order.
    public static let postures = ["aligned", "hedging", "isolationist"]

    /// The scenario file, for error messages.
    public var file: String
    public var date: Day
    public var states: [Item]
    public var posture: Posture?
    public var attack: Attack?

    public init(file: String, date: Day, states: [Item], posture: Posture? = nil, attack: Attack? = nil) {
        self.file = file
        self.date = date
        self.states = states
        self.posture = posture
        self.attack = attack
    }

    /// `file:line: path: problem`, as every scenario error reads.
    public func error(_ item: Item, _ problem: String) -> EntenteError {
        EntenteError(.invalidScenario, "\(file)\(item.line.map { ":\($0)" } ?? ""): \(item.path): \(problem)")
    }

    /// Everything that determines the world, for the scenario's fingerprint.
    var canonicalDescription: String {
        var parts = ["date=\(date.iso)", "states=" + states.map(\.text).joined(separator: "|")]
        if let posture { parts.append("posture=\(posture.state.text):\(posture.posture)") }
        if let attack { parts.append("attack=\(attack.attacker.text)>\(attack.target.text)@\(attack.month)") }
        return parts.joined(separator: ",")
    }
}
