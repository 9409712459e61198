public import EntenteCore
import RealModule

/// A year's defence-diplomacy network built from a `World` snapshot: one weighted layer
/// per kind of tie, their named sub-layers, their weighted combination, and a hostility layer.
///
/// Layers (``NetworkLayer``):
/// - `alliance`: ATOP obligations in force in the year, **directed** from the state that owes the
///   obligation to the state it is owed to. A tie's weight is the largest
///   ``WorldLayers/Options/obligationWeights`` value among its selected obligation types (the
///   strongest promise defines the tie; a defense pact that also promises consultation is still a
///   defense pact): by default the ordinal alliance coding of Bueno de Mesquita (1975) that
///   Signorino and Ritter (1999) use for S — defence pact 3, neutrality or non-aggression 2,
///   consultation (entente) 1. `alliance.defense`, `alliance.offense`, `alliance.neutrality`,
///   `alliance.nonaggression` and `alliance.consultation` hold one type each, with weight 1.
/// - `exercise`: joint exercises overlapping the year, undirected. Every pair of participants gains
///   the exercise's weight: 1, divided by the number of other participants (size; Newman 2001's
///   weighting of co-participation, so a 30-nation exercise does not weigh as 435 bilateral ones),
///   times ½ per ``WorldLayers/Options/exerciseHalfLifeDays`` between the exercise's end and the
///   snapshot day (recency), optionally times a domain factor and a purpose factor.
/// - `organisation`: co-membership (members and partners) of the security organisations in
///   ``WorldLayers/Options/organisations`` on the snapshot day; each shared organisation adds its
///   kind's weight (``WorldLayers/Options/organisationWeights``: collective-defence bodies 1,
///   regional organisations 0.25, inclusive forums that seat rivals side by side 0.05, universal
///   bodies such as the UN family not listed at all).
/// - `agreement`: curated activities of kind agreement or dialogue overlapping the year; weight =
///   number shared.
/// - `combined`: undirected; the sum of the layers' weights times
///   ``WorldLayers/Options/combinationWeights``, the alliance layer entering symmetrised (the larger
///   of its two directions). Layers whose ``WorldLayers/coverage`` is unknown are left out.
/// - `hostility`: undirected magnitudes of negative ties — a strategic rivalry (Thompson and Dreyer)
///   ongoing in the year and the most hostile militarised dispute of the year (MID 5 hostility
///   levels), weighted by ``WorldLayers/Options/rivalryWeight`` and
///   ``WorldLayers/Options/disputeWeights``. Blocs are found on combined − hostility.
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
        /// Default defence 3, offence 3, neutrality 2, non-aggression 2, consultation 1: the ordinal
        /// coding of alliance commitments in Bueno de Mesquita (1975) and Signorino and Ritter (1999)
        /// (defence pact 3, neutrality or non-aggression pact 2, entente 1, none 0). ATOP's offence
        /// pacts, which those works fold into defence pacts, get the defence weight.
        public var obligationWeights: [ObligationType: Double] = Options.defaultObligationWeights
        /// Weight of an alliance tie in the `alignment` layer that blocs are found on, by its
        /// strongest obligation type: default defence 3 and offence 3, neutrality, non-aggression
        /// and consultation 0. A promise to fight together aligns two states; a promise not to
        /// fight each other, to stay out, or to consult does not, and is often made between
        /// adversaries — ATOP codes the multilateral European security pacts of the 1970s as
        /// non-aggression and consultation among NATO and Warsaw Pact states alike. Weighted 2 and
        /// 1 as in ``obligationWeights`` they draw the Cold War as one bloc (see the validation in
        /// the network guide); every other measure keeps ``obligationWeights``.
        public var blocObligationWeights: [ObligationType: Double] = Options.defaultBlocObligationWeights
        /// Obligation types that make an `alliance` tie (default: all five).
        public var obligationTypes: Set<ObligationType> = Set(ObligationType.allCases)
        /// When set, an exercise's weight is multiplied by the mean of its domains' factors
        /// (domains not listed, and exercises without domains, count 1).
        public var domainWeights: [String: Double]?
        /// When set, an exercise's weight is multiplied by its purpose's factor (exercises without
        /// a purpose, and purposes not listed, count 1).
        public var purposeWeights: [Activity.Purpose: Double]?
        /// Whether an exercise's weight is divided among its participants: each pair gains
        /// 1 / (k − 1) for k participants, so every participant's exercise strength grows by 1 per
        /// exercise whatever its size (Newman 2001). Default on.
        public var exerciseSizeNormalised = true
        /// Recency: an exercise's weight halves for every this many days between its end and the
        /// snapshot day (31 December); nil turns recency off. Default 365 days, so an exercise that
        /// ended in January counts about 0.53 and one in December about 1.
        public var exerciseHalfLifeDays: Double? = Options.defaultExerciseHalfLifeDays
        /// Security organisations of the `organisation` layer, by the store's organisation code.
        public var organisations: [String] = Options.defaultOrganisations
        /// The weight one shared organisation adds, by organisation code; organisations not listed
        /// add ``defaultOrganisationWeight``.
        public var organisationWeights: [String: Double] = Options.defaultOrganisationWeights
        /// Weights of the `combined` layer, for the layers of ``NetworkLayer/combinable``.
        public var combinationWeights: [NetworkLayer: Double] = Options.defaultCombinationWeights
        /// Weight of a strategic rivalry in the `hostility` layer (default 3, as a defence pact:
        /// a rivalry is the enduring opposite of an alliance).
        public var rivalryWeight: Double = Options.defaultRivalryWeight
        /// Weight of the year's most hostile militarised dispute in the `hostility` layer, by MID
        /// hostility level (2 threat … 5 war).
        public var disputeWeights: [Int: Double] = Options.defaultDisputeWeights
        /// How much a unit of hostility subtracts from the combined layer in the signed network
        /// that blocs are found on (default 1).
        public var hostilityWeight: Double = 1

        /// The defaults.
        public init() {}

        /// defense 3, offense 3, neutrality 2, nonaggression 2, consultation 1.
        public static let defaultObligationWeights: [ObligationType: Double] = [
            .defense: 3, .offense: 3, .neutrality: 2, .nonaggression: 2, .consultation: 1,
        ]

        /// defense 3, offense 3, neutrality 0, nonaggression 0, consultation 0.
        public static let defaultBlocObligationWeights: [ObligationType: Double] = [
            .defense: 3, .offense: 3, .neutrality: 0, .nonaggression: 0, .consultation: 0,
        ]

        /// 365 days.
        public static let defaultExerciseHalfLifeDays: Double = 365

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

        /// Organisations of kinds the tables below do not name add 1.
        public static let defaultOrganisationWeight: Double = 1

        /// Weights by kind of organisation. Collective-defence organisations (NATO, WPACT, SEATO,
        /// CENTO, ANZUS, WEU, CSTO) 1: membership is an alliance. Regional political and security
        /// organisations (CIS, SCO, ASEAN, ADMM, OAS, IADEFB, OAU, AU, GCC, LOAS) 0.25: they
        /// coordinate, but bind no member to defend another. Inclusive security forums that seat
        /// adversaries side by side by design (OSCE, the CSCE before 1995, and ADMM-PLUS) 0.05 —
        /// near zero, because co-membership there ties the Soviet Union to the United States and
        /// China to Japan. Universal bodies (the UN family) are not in the layer at all.
        public static let defaultOrganisationWeights: [String: Double] = [
            "NATO": 1, "WPACT": 1, "SEATO": 1, "CENTO": 1, "ANZUS": 1, "WEU": 1, "CSTO": 1,
            "CIS": 0.25, "SCO": 0.25, "ASEAN": 0.25, "ADMM": 0.25, "OAS": 0.25, "IADEFB": 0.25, "OAU": 0.25,
            "AU": 0.25, "GCC": 0.25, "LOAS": 0.25,
            "OSCE": 0.05, "ADMM-PLUS": 0.05,
        ]

        /// alliance 1, exercise 0.5, organisation 0.25, agreement 0.5: a defense pact (weight 3)
        /// counts as much as six joint exercises or twelve shared collective-defence organisations;
        /// treaty obligations outweigh practice, and co-membership, the cheapest tie, weighs least.
        public static let defaultCombinationWeights: [NetworkLayer: Double] = [
            .alliance: 1, .exercise: 0.5, .organisation: 0.25, .agreement: 0.5,
        ]

        /// 3, the weight of a defence pact.
        public static let defaultRivalryWeight: Double = 3

        /// By MID hostility level: 5 (war) 3, 4 (use of force) 2, 3 (display of force) 1,
        /// 2 (threat) 0.5; 1 (no militarised action) 0.
        public static let defaultDisputeWeights: [Int: Double] = [5: 3, 4: 2, 3: 1, 2: 0.5, 1: 0]

        /// The scheme in words, one line per layer, for reports that must say how ties were weighted.
        public var schemeDescription: [String] {
            func number(_ x: Double) -> String {
                x == x.rounded() && abs(x) < 1e9 ? String(Int(x)) : String(x)
            }
            let obligations = ObligationType.allCases.filter { obligationTypes.contains($0) }.map {
                "\($0.rawValue) \(number(obligationWeights[$0] ?? 0))"
            }
            var exercise = [exerciseSizeNormalised ? "1/(participants − 1) per pair" : "1 per pair"]
            if let h = exerciseHalfLifeDays { exercise.append("half-life \(number(h)) days") }
            if domainWeights != nil { exercise.append("by domain") }
            if purposeWeights != nil { exercise.append("by purpose") }
            let orgs = organisations.map {
                "\($0) \(number(organisationWeights[$0] ?? Self.defaultOrganisationWeight))"
            }
            let combination = NetworkLayer.combinable.map { "\($0.rawValue) \(number(combinationWeights[$0] ?? 0))" }
            let disputes = disputeWeights.keys.sorted(by: >).map { "level \($0) \(number(disputeWeights[$0] ?? 0))" }
            let aligning = ObligationType.allCases.filter { obligationTypes.contains($0) }.map {
                "\($0.rawValue) \(number(blocObligationWeights[$0] ?? 0))"
            }
            return [
                "alliance (strongest obligation; Bueno de Mesquita 1975, Signorino & Ritter 1999): "
                    + obligations.joined(separator: ", "),
                "alignment (the combined layer for blocs; alliance ties by obligations to fight together): "
                    + aligning.joined(separator: ", "),
                "exercise: " + exercise.joined(separator: ", "),
                "organisation (by kind; the UN family left out): " + orgs.joined(separator: ", "),
                "combined: " + combination.joined(separator: ", "),
                "hostility (negative ties): rivalry \(number(rivalryWeight)), disputes "
                    + disputes.joined(separator: ", ") + "; signed = combined − \(number(hostilityWeight)) × hostility",
            ]
        }
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
        var aligning: [WeightedEdge] = []
        var typed = [[WeightedEdge]](repeating: [], count: ObligationType.allCases.count)
        for edge in world.alliances {
            var best = 0.0
            var aligned = 0.0
            for (k, type) in ObligationType.allCases.enumerated() where edge.obligations.contains(type.flag) {
                typed[k].append(WeightedEdge(Int(edge.from), Int(edge.to), weight: 1))
                guard options.obligationTypes.contains(type) else { continue }
                best = max(best, options.obligationWeights[type] ?? 0)
                aligned = max(aligned, options.blocObligationWeights[type] ?? 0)
            }
            if best > 0 { alliance.append(WeightedEdge(Int(edge.from), Int(edge.to), weight: best)) }
            if aligned > 0 { aligning.append(WeightedEdge(Int(edge.from), Int(edge.to), weight: aligned)) }
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
                let w = Self.exerciseWeight(activity, options, snapshot: world.asOf)
                if w > 0 {
                    Self.addClique(participants, weight: w, to: &exercise, shared: options.exerciseSizeNormalised)
                }
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
            let w = options.organisationWeights[name] ?? Options.defaultOrganisationWeight
            guard w > 0 else { continue }
            Self.addClique(members, weight: w, to: &organisation)
            if world.membershipCarriedForward.contains(name) { carried.append(name) }
        }
        coverage[.organisation] =
            carried.isEmpty
            ? .covered
            : .partial("membership carried forward beyond the sources for \(carried.joined(separator: ", "))")

        // Hostility: the strongest dispute of the year per pair, plus a rivalry.
        var hostile: [Int: Double] = [:]
        let n = labels.count
        for d in world.disputes where d.a != d.b {
            let key = Int(min(d.a, d.b)) * n + Int(max(d.a, d.b))
            hostile[key] = max(hostile[key] ?? 0, options.disputeWeights[Int(d.code)] ?? 0)
        }
        var rivals = Set<Int>()
        for r in world.rivalries where r.a != r.b {
            let key = Int(min(r.a, r.b)) * n + Int(max(r.a, r.b))
            if rivals.insert(key).inserted { hostile[key, default: 0] += options.rivalryWeight }
        }
        let hostility = hostile.keys.sorted().compactMap { key -> WeightedEdge? in
            let w = hostile[key] ?? 0
            return w > 0 ? WeightedEdge(key / n, key % n, weight: w) : nil
        }
        coverage[.hostility] =
            sources.disputes.contains(year: year)
            ? .covered
            : .partial("militarised disputes cover \(sources.disputes.text); rivalries only in \(year)")

        // Combined.
        let parts: [(NetworkLayer, [WeightedEdge], Bool)] = [
            (.alliance, alliance, true), (.exercise, exercise, false), (.organisation, organisation, false),
            (.agreement, agreement, false),
        ]
        var combined: [WeightedEdge] = []
        var alignment: [WeightedEdge] = []
        var included: [String] = []
        for (name, edges, directed) in parts {
            let w = options.combinationWeights[name] ?? 0
            guard w > 0, coverage[name]?.isKnown == true else { continue }
            included.append(name.rawValue)
            let source = directed ? Self.symmetrised(edges) : edges
            for e in source { combined.append(WeightedEdge(e.source, e.target, weight: e.weight * w)) }
            // The alignment layer is the combined one with alliance ties weighted for blocs.
            let aligned = name == .alliance ? Self.symmetrised(aligning) : source
            for e in aligned { alignment.append(WeightedEdge(e.source, e.target, weight: e.weight * w)) }
        }

        coverage[.combined] =
            included.count == parts.filter({ (options.combinationWeights[$0.0] ?? 0) > 0 }).count
            ? .covered
            : .partial(
                "combines only "
                    + (included.isEmpty ? "no layer" : included.joined(separator: ", "))
                    + "; the other layers are unknown in \(year)")

        coverage[.alignment] = coverage[.combined]
        var edges: [NetworkLayer: [WeightedEdge]] = [
            .alliance: alliance, .exercise: exercise, .organisation: organisation, .agreement: agreement,
            .combined: combined, .alignment: alignment, .hostility: hostility,
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

    /// The weight one exercise adds before it is shared among its pairs: 1, halved per half-life
    /// between its end and the snapshot day, times the domain and purpose factors when set.
    static func exerciseWeight(_ activity: Activity, _ options: Options, snapshot: Day) -> Double {
        var w = 1.0
        if let halfLife = options.exerciseHalfLifeDays, halfLife > 0 {
            // An exercise without an end date is taken as ending on its start.
            let end = activity.period.end ?? activity.period.start
            let age = max(0, Int(snapshot.ordinal) - Int(end.ordinal))
            w *= Double.exp2(-Double(age) / halfLife)
        }
        if let domains = options.domainWeights, !activity.domains.isEmpty {
            var sum = 0.0
            for d in activity.domains { sum += domains[d.lowercased()] ?? 1 }
            w *= sum / Double(activity.domains.count)
        }
        if let purposes = options.purposeWeights, let p = activity.purpose { w *= purposes[p] ?? 1 }
        return w
    }

    /// Adds an edge between every pair of distinct ids (repeated ids count once): of `weight`, or
    /// of `weight / (k − 1)` for k distinct ids when `shared`.
    static func addClique(_ ids: [Int32], weight: Double, to edges: inout [WeightedEdge], shared: Bool = false) {
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
        let w = shared ? weight / Double(k - 1) : weight
        for i in 0..<(k - 1) {
            for j in (i + 1)..<k { edges.append(WeightedEdge(Int(unique[i]), Int(unique[j]), weight: w)) }
        }
    }

    /// Directed ties as undirected ones: one per pair, with the larger of the two directions,
    /// ordered by the pair's lower then higher id.
    static func symmetrised(_ edges: [WeightedEdge]) -> [WeightedEdge] {
        // Sorting flat pairs is cheaper than a dictionary of dictionaries on every year's layers.
        var pairs: [WeightedEdge] = []
        pairs.reserveCapacity(edges.count)
        for e in edges where e.source != e.target {
            pairs.append(WeightedEdge(min(e.source, e.target), max(e.source, e.target), weight: e.weight))
        }
        pairs.sort { ($0.source, $0.target) < ($1.source, $1.target) }
        var result: [WeightedEdge] = []
        result.reserveCapacity(pairs.count)
        for e in pairs {
            if let last = result.last, last.source == e.source, last.target == e.target {
                result[result.count - 1].weight = max(last.weight, e.weight)
            } else {
                result.append(e)
            }
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
        for (type, w) in options.blocObligationWeights { try check("\(type.rawValue) bloc obligation", w) }
        for (domain, w) in options.domainWeights ?? [:] { try check("'\(domain)' domain", w) }
        for (purpose, w) in options.purposeWeights ?? [:] { try check("'\(purpose.rawValue)' purpose", w) }
        for (org, w) in options.organisationWeights.sorted(by: { $0.key < $1.key }) {
            try check("'\(org)' organisation", w)
        }
        for (level, w) in options.disputeWeights.sorted(by: { $0.key < $1.key }) {
            try check("hostility level \(level) dispute", w)
        }
        try check("rivalry", options.rivalryWeight)
        try check("hostility", options.hostilityWeight)
        if let h = options.exerciseHalfLifeDays {
            guard h.isFinite, h > 0 else {
                throw EntenteError(.invalidInput, "The exercise half-life is \(h) days; it must be finite and above 0.")
            }
        }
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
