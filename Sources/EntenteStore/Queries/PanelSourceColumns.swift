import EntenteCore

/// Rows of the panel source tables appended to ``PanelSources``' columns, shared by every backend:
/// each selects the rows (the columns in the order each function documents) and hands them over
/// one by one, so a table of a million rows is never held as rows.
enum PanelSourceColumns {
    /// The dyad-year tables: source table and value columns.
    static let alliances = (
        table: "atop_ddyr", columns: ["atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"]
    )
    static let disputes = (table: "mid_dyad_year", columns: ["dispnum", "disponset", "hostlev1", "hostlev2"])
    static let wars = (table: "war_dyad_year", columns: ["warnum", "cowinteronset"])
    /// The state-year tables: source table and value columns.
    static let capabilities = (table: "nmc", columns: ["cinc", "milex", "milper", "irst", "pec", "tpop", "upop"])
    static let democracy = (table: "democracy", columns: ["v2x_polyarchy", "euds", "aeuds"])

    /// A spell by day (`ccode`, `start_day`, the end or last observed day) as the years it touches;
    /// an open spell runs to its last observed day.
    static func appendSpell(_ row: some RecordRow, to out: inout PanelSources.Spells) {
        guard let start = row.text(at: 1), let first = Int32(start.prefix(4)), let firstDay = Day(iso: start) else {
            return
        }
        let end = row.text(at: 2)
        out.ccode.append(Int32(row.int(at: 0) ?? 0))
        out.firstYear.append(first)
        out.lastYear.append(end.flatMap { Int32($0.prefix(4)) } ?? first)
        out.firstDay.append(firstDay.ordinal)
        out.lastDay.append((end.flatMap { Day(iso: $0) } ?? firstDay).ordinal)
    }

    /// A non-directed pair spell: low, high, first year, last year, code.
    static func appendPairSpell(_ row: some RecordRow, to out: inout PanelSources.PairSpells) {
        out.low.append(Int32(row.int(at: 0) ?? 0))
        out.high.append(Int32(row.int(at: 1) ?? 0))
        out.firstYear.append(Int32(row.int(at: 2) ?? 0))
        out.lastYear.append(Int32(row.int(at: 3) ?? 0))
        out.code.append(Int32(row.int(at: 4) ?? 0))
    }

    /// A capital: `ccode`, `stdate`, `enddate`, `lat`, `lng`; left out without both days and coordinates.
    static func appendCapital(_ row: some RecordRow, to out: inout PanelSources.Capitals) {
        guard let start = row.text(at: 1).flatMap({ Day(iso: $0) }),
            let end = row.text(at: 2).flatMap({ Day(iso: $0) }),
            let lat = row.double(at: 3), let lng = row.double(at: 4)
        else { return }
        out.ccode.append(Int32(row.int(at: 0) ?? 0))
        out.start.append(start)
        out.end.append(end)
        out.latitude.append(lat)
        out.longitude.append(lng)
    }

    /// Named value columns read after a row's key columns, one array per column.
    struct ValueColumns<Value: PanelValue> {
        let names: [String]
        /// The position of the first value column in a row.
        let offset: Int
        private var values: [[Value]]

        init(_ names: [String], after offset: Int) {
            self.names = names
            self.offset = offset
            values = [[Value]](repeating: [], count: names.count)
        }

        mutating func append(_ row: some RecordRow) {
            for k in names.indices { values[k].append(Value(row, at: offset + k)) }
        }

        var byName: [String: [Value]] {
            Dictionary(uniqueKeysWithValues: zip(names, values))
        }
    }

    /// Directed dyad-years with integer values: `ccode1`, `ccode2`, `year`, then the value columns.
    struct DyadYears {
        private var out = PanelSources.DyadYears()
        private var values: ValueColumns<Int32>

        init(columns: [String]) { values = ValueColumns(columns, after: 3) }

        mutating func append(_ row: some RecordRow) {
            out.ccode1.append(Int32(row.int(at: 0) ?? 0))
            out.ccode2.append(Int32(row.int(at: 1) ?? 0))
            out.year.append(Int32(row.int(at: 2) ?? 0))
            values.append(row)
        }

        var result: PanelSources.DyadYears {
            var out = out
            out.values = values.byName
            return out
        }
    }

    /// State-years with real values: `ccode`, `year`, then the value columns.
    struct StateYears {
        private var out = PanelSources.StateYears()
        private var values: ValueColumns<Double>

        init(columns: [String]) { values = ValueColumns(columns, after: 2) }

        mutating func append(_ row: some RecordRow) {
            out.ccode.append(Int32(row.int(at: 0) ?? 0))
            out.year.append(Int32(row.int(at: 1) ?? 0))
            values.append(row)
        }

        var result: PanelSources.StateYears {
            var out = out
            out.values = values.byName
            return out
        }
    }

    /// Full IGO memberships, ordered by organisation: `ioname`, `ccode`, `first_year`, `last_year`;
    /// organisations are numbered in the order they first appear.
    struct OrganisationSpells {
        private(set) var result = PanelSources.OrganisationSpells()
        private var ids: [String: Int32] = [:]

        mutating func append(_ row: some RecordRow) {
            let name = row.text(at: 0) ?? ""
            let id = ids[name] ?? Int32(ids.count)
            ids[name] = id
            result.organisation.append(id)
            result.ccode.append(Int32(row.int(at: 1) ?? 0))
            result.firstYear.append(Int32(row.int(at: 2) ?? 0))
            result.lastYear.append(Int32(row.int(at: 3) ?? 0))
        }
    }

    /// Events with their participating COW states: first every participant row (`activity`,
    /// `ccode`), then the events (`id`, `start_day`, `end_day`) in order.
    struct Events {
        private(set) var result = PanelSources.Events()
        private var participants: [String: [Int32]] = [:]

        mutating func appendParticipant(_ row: some RecordRow) {
            guard let activity = row.text(at: 0), let ccode = row.int(at: 1) else { return }
            participants[activity, default: []].append(Int32(ccode))
        }

        mutating func appendEvent(_ row: some RecordRow) {
            guard let start = row.text(at: 1), let first = Int32(start.prefix(4)) else { return }
            let members = Array(Set(participants[row.text(at: 0) ?? ""] ?? [])).sorted()
            result.firstYear.append(first)
            result.lastYear.append(row.text(at: 2).flatMap { Int32($0.prefix(4)) } ?? first)
            result.participants += members
            result.offsets.append(Int32(result.participants.count))
        }
    }

    /// UN votes: first each roll call's year (`rcid`, the date's first four characters), then the
    /// votes (`rcid`, `ccode`, `vote`) ordered by roll call; a vote that is no choice is left out.
    struct Votes {
        private(set) var result = PanelSources.Votes()

        mutating func appendRollCall(_ row: some RecordRow) {
            guard let rcid = row.int(at: 0), let year = row.text(at: 1).flatMap({ Int32($0) }) else { return }
            result.rollCallYear[Int32(rcid)] = year
        }

        mutating func appendVote(_ row: some RecordRow) {
            let choice: UInt8
            switch row.text(at: 2) {
            case "yes": choice = 1
            case "abstain": choice = 2
            case "no": choice = 3
            default: return
            }
            result.rollCall.append(Int32(row.int(at: 0) ?? 0))
            result.ccode.append(Int32(row.int(at: 1) ?? 0))
            result.choice.append(choice)
        }
    }
}

/// A panel value read from a row, with the marker ``PanelSources`` uses for a missing one.
protocol PanelValue {
    init(_ row: some RecordRow, at index: Int)
}

extension Int32: PanelValue {
    /// `Int32.min` when missing.
    init(_ row: some RecordRow, at index: Int) { self = row.int(at: index).map { Int32($0) } ?? Int32.min }
}

extension Double: PanelValue {
    /// NaN when missing.
    init(_ row: some RecordRow, at index: Int) { self = row.double(at: index) ?? .nan }
}
