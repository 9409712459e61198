public import EntenteCore

/// The source tables a research panel joins, read in bulk as flat columns.
///
/// A panel of all dyad-years touches every row of several datasets, so these are read once per
/// panel as parallel arrays (one array per column, one position per source row) rather than by
/// per-state queries. Values are as the source publishes them; nil is a missing value in the source.
public struct PanelSources: Sendable {
    /// Which tables a panel needs; tables not asked for are left empty.
    public enum Table: String, Sendable, Hashable, CaseIterable {
        case system, majors, alliances, disputes, wars, contiguity, capitals, capabilities, democracy
        case rivalries, igos, exercises, agreements, votes
    }

    /// A state's spell in the state system, by year (a year the spell touches counts).
    public struct Spells: Sendable {
        public var ccode: [Int32] = []
        public var firstYear: [Int32] = []
        public var lastYear: [Int32] = []
        /// The spell's first and last day (ordinals; an open spell ends on its last observed day),
        /// for day-precise panels.
        public var firstDay: [Int32] = []
        public var lastDay: [Int32] = []
        public init() {}
    }

    /// Rows keyed by a directed pair and a year, with integer values per named column.
    public struct DyadYears: Sendable {
        public var ccode1: [Int32] = []
        public var ccode2: [Int32] = []
        public var year: [Int32] = []
        /// Column name → values, parallel to ``year`` (`Int32.min` = missing in the source).
        public var values: [String: [Int32]] = [:]
        public init() {}
        public var count: Int { year.count }
    }

    /// Rows keyed by state and year with real values (NaN = missing in the source).
    public struct StateYears: Sendable {
        public var ccode: [Int32] = []
        public var year: [Int32] = []
        public var values: [String: [Double]] = [:]
        public init() {}
        public var count: Int { year.count }
    }

    /// Non-directed pair spells over years with a code (contiguity type, rivalry number).
    public struct PairSpells: Sendable {
        public var low: [Int32] = []
        public var high: [Int32] = []
        public var firstYear: [Int32] = []
        public var lastYear: [Int32] = []
        public var code: [Int32] = []
        public init() {}
        public var count: Int { low.count }
    }

    /// Capitals with their period and coordinates.
    public struct Capitals: Sendable {
        public var ccode: [Int32] = []
        public var start: [Day] = []
        public var end: [Day] = []
        public var latitude: [Double] = []
        public var longitude: [Double] = []
        public init() {}
    }

    /// IGO membership spells (full members only).
    public struct OrganisationSpells: Sendable {
        public var organisation: [Int32] = []
        public var ccode: [Int32] = []
        public var firstYear: [Int32] = []
        public var lastYear: [Int32] = []
        public init() {}
    }

    /// Events with a span of years and a participant list (exercises, agreements).
    public struct Events: Sendable {
        public var firstYear: [Int32] = []
        public var lastYear: [Int32] = []
        /// Participants of event `k` are `participants[offsets[k]..<offsets[k + 1]]`.
        public var offsets: [Int32] = [0]
        public var participants: [Int32] = []
        public init() {}
        public var count: Int { firstYear.count }
    }

    /// UN General Assembly votes: per roll call its year, per vote the roll call, state and choice
    /// (1 yes, 2 abstain, 3 no), ordered by roll call.
    public struct Votes: Sendable {
        public var rollCallYear: [Int32: Int32] = [:]
        public var rollCall: [Int32] = []
        public var ccode: [Int32] = []
        public var choice: [UInt8] = []
        public init() {}
    }

    public var system = Spells()
    public var majors = Spells()
    /// ATOP 5.1 directed dyad-years: `atop_defense`, `atop_offense`, `atop_neutral`, `atop_nonagg`, `atop_consul`.
    public var alliances = DyadYears()
    /// MID 5 directed dyad-years: `dispnum`, `disponset`, `hostlev1`, `hostlev2`.
    public var disputes = DyadYears()
    /// COW inter-state war directed dyad-years: `warnum`, `cowinteronset`.
    public var wars = DyadYears()
    /// COW direct contiguity spells (code = contiguity type 1–5).
    public var contiguity = PairSpells()
    public var capitals = Capitals()
    /// NMC 7: `cinc`, `milex`, `milper`, `irst`, `pec`, `tpop`, `upop`.
    public var capabilities = StateYears()
    /// V-Dem / UDS: `v2x_polyarchy`, `euds`, `aeuds`.
    public var democracy = StateYears()
    /// Thompson–Dreyer strategic rivalries (code = rivalry number).
    public var rivalries = PairSpells()
    public var igos = OrganisationSpells()
    /// MME exercises (complete record).
    public var exercises = Events()
    /// Curated agreements (partial record), each in its year of signature or entry into force.
    public var agreements = Events()
    public var votes = Votes()

    public init() {}
}

/// Bulk reads for research panels.
public protocol PanelSourceReader: Sendable {
    /// The tables a panel needs, each read whole.
    func panelSources(_ tables: Set<PanelSources.Table>) async throws(EntenteError) -> PanelSources
}
