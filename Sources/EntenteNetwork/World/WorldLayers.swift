public import EntenteCore

/// A year's defence-diplomacy network built from a `World` snapshot: one weighted layer
/// per kind of tie, their named sub-layers, and their weighted combination.
///
/// Layers (``NetworkLayer``):
/// - `alliance`: ATOP obligations in force in the year, **directed** from the state that owes the
///   obligation to the state it is owed to. A tie's weight is the largest
///   ``WorldLayers/Options/obligationWeights`` value among its selected obligation types (the
///   strongest promise defines the tie; a defense pact that also promises consultation is still a
///   defense pact). `alliance.defense`, `alliance.offense`, `alliance.neutrality`,
///   `alliance.nonaggression` and `alliance.consultation` hold one type each, with weight 1.
/// - `exercise`: joint exercises overlapping the year, undirected; every pair of participants
///   gains the exercise's weight — 1 per exercise by default, so the weight is the number of joint
///   exercises; optionally times a domain factor and a purpose factor.
/// - `organisation`: co-membership (members and partners) of the security organisations in
///   ``WorldLayers/Options/organisations`` on the snapshot day; weight = number shared.
/// - `agreement`: curated activities of kind agreement or dialogue overlapping the year; weight =
///   number shared.
/// - `combined`: undirected; the sum of the layers' weights times
///   ``WorldLayers/Options/combinationWeights``, the alliance layer entering symmetrised (the larger
///   of its two directions). Layers whose ``WorldLayers/coverage`` is unknown are left out.
///
/// Nodes are the states in the system on the snapshot day, in the World's dense-id order, labelled
/// with ISO 3166 alpha-3 codes (the COW abbreviation when a state has none).
///
/// The builder reads only the `World`; loading it from a store is the caller's job.
public struct WorldLayers: Sendable {
    /// Whether a layer is covered by data in the year.
    public enum Coverage: Sendable, Hashable {
        /// The sources cover the year.
        case covered
        /// Some ties are recorded, but the sources are known to be incomplete; the reason says how.
        case partial(String)
        /// No source covers the year: the layer is empty because nothing is known, not because
        /// there are no ties.
        case unknown(String)

        /// Whether anything is known.
        public var isKnown: Bool {
            if case .unknown = self { false } else { true }
        }

        /// "covered", "partial" or "unknown".
        public var label: String {
            switch self {
            case .covered: "covered"
            case .partial: "partial"
            case .unknown: "unknown"
            }
        }

        /// The reason for partial or unknown coverage.
        public var note: String? {
            switch self {
            case .covered: nil
            case .partial(let reason), .unknown(let reason): reason
            }
        }
    }

    /// How the layers are weighted and which ties they hold. Every default is a named modelling
    /// choice, documented in the World-layers article.
    public struct Options: Sendable, Hashable {
        /// Weight of an alliance tie by its strongest obligation type.
        ///
        /// Default defense 1, offense 0.8, neutrality 0.5, non-aggression 0.3, consultation 0.2:
        /// ordered by how much the promise costs the state that makes it (fighting beside a partner
        /// that is attacked; joining its war; staying out; not attacking it; talking in a crisis).
        public var obligationWeights: [ObligationType: Double] = Options.defaultObligationWeights
        /// Obligation types that make an `alliance` tie (default: all five).
        public var obligationTypes: Set<ObligationType> = Set(ObligationType.allCases)
        /// When set, an exercise's weight is multiplied by the mean of its domains' factors
        /// (domains not listed, and exercises without domains, count 1).
        public var domainWeights: [String: Double]?
        /// When set, an exercise's weight is multiplied by its purpose's factor (exercises without
        /// a purpose, and purposes not listed, count 1).
        public var purposeWeights: [Activity.Purpose: Double]?
        /// Security organisations of the `organisation` layer, by the store's organisation code.
        public var organisations: [String] = Options.defaultOrganisations
        /// Weights of the `combined` layer, for the layers of ``NetworkLayer/combinable``.
        public var combinationWeights: [NetworkLayer: Double] = Options.defaultCombinationWeights

        /// The defaults.
        public init() {}

        /// defense 1, offense 0.8, neutrality 0.5, nonaggression 0.3, consultation 0.2.
        public static let defaultObligationWeights: [ObligationType: Double] = [
            .defense: 1, .offense: 0.8, .neutrality: 0.5, .nonaggression: 0.3, .consultation: 0.2,
        ]

        /// The `--weight-by-domain` factors: land, sea, air and amphibious 1 (forces that fight);
        /// cyber 0.75; cpx (command-post exercises without troops) 0.5.
        public static let defaultDomainWeights: [String: Double] = [
            "land": 1, "sea": 1, "air": 1, "amphibious": 1, "cyber": 0.75, "cpx": 0.5,
        ]

        /// The `--weight-by-purpose` factors: warfighting 1; mixed 0.7; maritime security 0.6;
        /// counter-terrorism 0.6; peacekeeping 0.4; humanitarian 0.3; diplomatic 0.2 — how close
        /// the training is to fighting together.
        public static let defaultPurposeWeights: [Activity.Purpose: Double] = [
            .warfighting: 1, .mixed: 0.7, .maritimeSecurity: 0.6, .counterTerrorism: 0.6, .peacekeeping: 0.4,
            .humanitarian: 0.3, .diplomatic: 0.2,
        ]

        /// The default security organisations: collective-defence and security-cooperation bodies
        /// found in the knowledge base (curated lists and COW IGO codes): NATO, WPACT (Warsaw
        /// Pact), SEATO, CENTO, ANZUS, WEU, OSCE, CSTO, CIS, SCO, ASEAN, ADMM, ADMM-PLUS, OAS,
        /// IADEFB (Inter-American Defense Board), AU (with the OAU's rows before 2002), GCC and LAS
        /// (Arab League; COW IGO's `LOAS` is merged into it). Economic,
        /// technical and universal bodies (the UN above all) are left out: a tie every state shares
        /// says nothing about defence diplomacy.
        public static let defaultOrganisations = [
            "NATO", "WPACT", "SEATO", "CENTO", "ANZUS", "WEU", "OSCE", "CSTO", "CIS", "SCO", "ASEAN", "ADMM",
            "ADMM-PLUS", "OAS", "IADEFB", "AU", "GCC", "LAS",
        ]

        /// alliance 1, exercise 0.5, organisation 0.25, agreement 0.5: a defense pact (weight 1)
        /// counts as much as two joint exercises or four shared security organisations; treaty
        /// obligations outweigh practice, and co-membership, the cheapest tie, weighs least.
        public static let defaultCombinationWeights: [NetworkLayer: Double] = [
            .alliance: 1, .exercise: 0.5, .organisation: 0.25, .agreement: 0.5,
        ]
    }

    /// The year of the snapshot.
    public let year: Int
    /// Node labels (ISO3 or COW abbreviation), by dense id.
    public let labels: [String]
    /// Every layer in ``NetworkLayer`` order, named by raw value.
    public let multiplex: Multiplex
    /// Coverage of each layer, from the dataset coverage the World carries.
    public let coverage: [NetworkLayer: Coverage]
    /// The options used.
    public let options: Options

    /// The day a year's snapshot is taken: 31 December, so states and memberships that began
    /// during the year count (activities are taken over the whole year in any case).
    public static func snapshotDay(forYear year: Int) -> Day { Day.endOfYear(year) }

    /// Node labels for a World's states: ISO3, else the COW abbreviation, else the COW number;
    /// a repeated code gets the COW number appended so that labels stay unique.
    public static func labels(of world: World) -> [String] {
        var seen = Set<String>()
        return world.states.map { state in
            var label = state.displayCode
            if label.isEmpty { label = String(state.cow.rawValue) }
            if !seen.insert(label).inserted { label += "-\(state.cow.rawValue)" }
            seen.insert(label)
            return label
        }
    }

    /// Builds every layer for the World's year.
    ///
    /// - Parameters:
    ///   - world: the snapshot (use ``snapshotDay(forYear:)`` for a year).
    ///   - options: weights and selections.
    /// - Throws: ``EntenteError`` `.invalidInput` when a weight is negative or not
    ///   finite, or a combination weight names an unknown layer.
    /// - Complexity: O(ties), with a clique per exercise and organisation.
    public init(world: World, options: Options = Options()) throws(EntenteError) {
        try Self.validate(options)
        let year = world.asOf.year
        let labels = Self.labels(of: world)
        let sources = world.coverage
        var coverage: [NetworkLayer: Coverage] = [:]

        // Alliances.
        var alliance: [WeightedEdge] = []
        var typed = [[WeightedEdge]](repeating: [], count: ObligationType.allCases.count)
        for edge in world.alliances {
            var best = 0.0
            for (k, type) in ObligationType.allCases.enumerated() where edge.obligations.contains(type.flag) {
                typed[k].append(WeightedEdge(Int(edge.from), Int(edge.to), weight: 1))
                if options.obligationTypes.contains(type) { best = max(best, options.obligationWeights[type] ?? 0) }
            }
            if best > 0 { alliance.append(WeightedEdge(Int(edge.from), Int(edge.to), weight: best)) }
        }
        let allianceCoverage: Coverage =
            world.alliancesKnown
            ? .covered
            : .unknown(
                "ATOP's alliance data do not cover \(year) (they cover \(sources.alliances.text))")
        coverage[.alliance] = allianceCoverage
        for type in ObligationType.allCases { coverage[.alliance(type)] = allianceCoverage }

        // Exercises, agreements and dialogues.
        var exercise: [WeightedEdge] = []
        var agreement: [WeightedEdge] = []
        for (activity, participants) in zip(world.activities, world.activityParticipants) {
            switch activity.kind {
            case .exercise:
                let w = Self.exerciseWeight(activity, options)
                if w > 0 { Self.addClique(participants, weight: w, to: &exercise) }
            case .agreement, .dialogue:
                Self.addClique(participants, weight: 1, to: &agreement)
            default:
                break
            }
        }
        if sources.exercises.contains(year: year) {
            coverage[.exercise] = .covered
        } else if sources.curatedActivities.contains(year: year) {
            coverage[.exercise] = .partial(
                "after \(sources.exercises.lastYear) only the curated exercise list, mostly Indo-Pacific")
        } else {
            coverage[.exercise] = .unknown(
                "no exercise source covers \(year) (MME \(sources.exercises.text), curated "
                    + "\(sources.curatedActivities.text))")
        }
        coverage[.agreement] =
            sources.curatedActivities.contains(year: year) || !agreement.isEmpty
            ? .partial("curated agreements and dialogues only")
            : .unknown("agreements and dialogues are curated for \(sources.curatedActivities.text) only")

        // Organisations.
        var organisation: [WeightedEdge] = []
        var carried: [String] = []
        for name in options.organisations {
            guard let members = world.members[name], members.count > 1 else { continue }
            Self.addClique(members, weight: 1, to: &organisation)
            if world.membershipCarriedForward.contains(name) { carried.append(name) }
        }
        coverage[.organisation] =
            carried.isEmpty
            ? .covered
            : .partial("membership carried forward beyond the sources for \(carried.joined(separator: ", "))")

        // Combined.
        let parts: [(NetworkLayer, [WeightedEdge], Bool)] = [
            (.alliance, alliance, true), (.exercise, exercise, false), (.organisation, organisation, false),
            (.agreement, agreement, false),
        ]
        var combined: [WeightedEdge] = []
        var included: [String] = []
        for (name, edges, directed) in parts {
            let w = options.combinationWeights[name] ?? 0
            guard w > 0, coverage[name]?.isKnown == true else { continue }
            included.append(name.rawValue)
            let source = directed ? Self.symmetrised(edges) : edges
            for e in source { combined.append(WeightedEdge(e.source, e.target, weight: e.weight * w)) }
        }
        coverage[.combined] =
            included.count == parts.filter({ (options.combinationWeights[$0.0] ?? 0) > 0 }).count
            ? .covered
            : .partial(
                "combines only "
                    + (included.isEmpty ? "no layer" : included.joined(separator: ", "))
                    + "; the other layers are unknown in \(year)")

        var edges: [NetworkLayer: [WeightedEdge]] = [
            .alliance: alliance, .exercise: exercise, .organisation: organisation, .agreement: agreement,
            .combined: combined,
        ]
        for (k, type) in ObligationType.allCases.enumerated() { edges[.alliance(type)] = typed[k] }
        let layers = NetworkLayer.allCases.map { layer in
            Multiplex.LayerEdges(name: layer.rawValue, edges: edges[layer] ?? [], directed: layer.isDirected)
        }
        self.year = year
        self.labels = labels
        self.multiplex = try Multiplex(nodes: labels, layers: layers)
        self.coverage = coverage
        self.options = options
    }

    /// A layer's graph.
    public func layer(_ layer: NetworkLayer) -> Graph {
        // The initialiser builds every case of NetworkLayer, so the lookup cannot fail.
        guard let graph = multiplex.layer(named: layer.rawValue) else {
            preconditionFailure("layer \(layer.rawValue) was not built")
        }
        return graph
    }

    /// The coverage of a layer; sub-layers share their parent's.
    public func coverage(of layer: NetworkLayer) -> Coverage {
        coverage[layer] ?? .unknown("no such layer")
    }

    /// The weight one exercise adds to each pair of its participants.
    static func exerciseWeight(_ activity: Activity, _ options: Options) -> Double {
        var w = 1.0
        if let domains = options.domainWeights, !activity.domains.isEmpty {
            var sum = 0.0
            for d in activity.domains { sum += domains[d.lowercased()] ?? 1 }
            w *= sum / Double(activity.domains.count)
        }
        if let purposes = options.purposeWeights, let p = activity.purpose { w *= purposes[p] ?? 1 }
        return w
    }

    /// Adds an edge of `weight` between every pair of distinct ids (repeated ids count once).
    static func addClique(_ ids: [Int32], weight: Double, to edges: inout [WeightedEdge]) {
        var unique = ids
        unique.sort()
        var k = 0
        var last: Int32 = -1
        for id in unique where id != last {
            unique[k] = id
            k += 1
            last = id
        }
        guard k > 1 else { return }
        for i in 0..<(k - 1) {
            for j in (i + 1)..<k { edges.append(WeightedEdge(Int(unique[i]), Int(unique[j]), weight: weight)) }
        }
    }

    /// Directed ties as undirected ones: one per pair, with the larger of the two directions.
    static func symmetrised(_ edges: [WeightedEdge]) -> [WeightedEdge] {
        var best: [Int: [Int: Double]] = [:]
        for e in edges where e.source != e.target {
            let (a, b) = (min(e.source, e.target), max(e.source, e.target))
            best[a, default: [:]][b] = max(best[a]?[b] ?? 0, e.weight)
        }
        var result: [WeightedEdge] = []
        for a in best.keys.sorted() {
            for (b, w) in best[a]!.sorted(by: { $0.key < $1.key }) { result.append(WeightedEdge(a, b, weight: w)) }
        }
        return result
    }

    /// Checks options before any layer is built.
    ///
    /// - Throws: ``EntenteError`` `.invalidInput` when a weight is negative or not finite, or a
    ///   combination weight names a layer outside ``NetworkLayer/combinable``.
    public static func validate(_ options: Options) throws(EntenteError) {
        func check(_ what: String, _ w: Double) throws(EntenteError) {
            guard w.isFinite, w >= 0 else {
                throw EntenteError(.invalidInput, "The \(what) weight is \(w); weights must be finite and at least 0.")
            }
        }
        for (type, w) in options.obligationWeights { try check("\(type.rawValue) obligation", w) }
        for (domain, w) in options.domainWeights ?? [:] { try check("'\(domain)' domain", w) }
        for (purpose, w) in options.purposeWeights ?? [:] { try check("'\(purpose.rawValue)' purpose", w) }
        let combinable = NetworkLayer.combinable
        for (layer, w) in options.combinationWeights.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard combinable.contains(layer) else {
                throw EntenteError(
                    .invalidInput,
                    "The \(layer.rawValue) layer cannot be combined; combine "
                        + combinable.map(\.rawValue).joined(separator: ", ") + ".")
            }
            try check("'\(layer.rawValue)' layer", w)
        }
    }
}
