import EntenteCore

/// How membership rows become answers — the roster on a day and whether a state is a member —
/// shared by every backend; each backend only selects the rows.
enum MembershipAnswers {
    /// One spell in force on the roster's day, in the order the roster query returns them: per
    /// state, dated spells first, the latest start first, the strongest status first.
    struct RosterRow: Sendable {
        var ccode: Int
        var party: String?
        var status: String
        var end: String?
        var observedUntil: String?
        var source: String
        var precision: String

        init(_ row: some RecordRow) {
            ccode = row.int("ccode") ?? MembershipSpell.nonState.rawValue
            party = row.text("party")
            status = row.string("status")
            end = row.text("end_day")
            observedUntil = row.text("observed_until")
            source = row.string("source")
            precision = row.string("date_precision")
        }
    }

    /// The roster of `organisation` on `day`: the first spell per state wins; a participant outside
    /// the COW list (the EU, Palestine, the Sahrawi Republic) is shown under its code, with no COW number.
    static func roster(
        of organisation: Organisation, on day: Day, rows: [RosterRow], otherNames: [String: String],
        directory: StateDirectory
    ) -> MembershipRoster {
        var entries: [MembershipRoster.Entry] = []
        var dateUnknown: [MembershipRoster.Entry] = []
        var sources: [String] = []
        for row in rows {
            let other = row.party.map {
                StateInfo(
                    cow: MembershipSpell.nonState, cowAbbreviation: $0, name: otherNames[$0] ?? $0, iso3: $0, iso2: nil,
                    gleditschWard: [])
            }
            guard let state = other ?? directory.state(CowCode(row.ccode)),
                !entries.contains(where: { $0.state == state }), !dateUnknown.contains(where: { $0.state == state })
            else { continue }
            let carried = row.end == nil && (row.observedUntil.flatMap { Day(iso: $0) }.map { day > $0 } ?? false)
            let entry = MembershipRoster.Entry(
                state: state, status: MembershipSpell.Status(rawValue: row.status) ?? .member, carriedForward: carried)
            if row.precision == DatePrecision.unknown.rawValue {
                dateUnknown.append(entry)
            } else {
                entries.append(entry)
            }
            if !sources.contains(row.source) { sources.append(row.source) }
        }
        return MembershipRoster(
            organisation: organisation, asOf: day, entries: entries, sources: sources, dateUnknown: dateUnknown)
    }

    /// One full-member spell of a state, undated spells first.
    struct SpellRow: Sendable {
        var start: String
        var end: String?
        var observedUntil: String?
        var precision: String

        init(_ row: some RecordRow) {
            start = row.string("start_day")
            end = row.text("end_day")
            observedUntil = row.text("observed_until")
            precision = row.string("date_precision")
        }
    }

    /// Whether the spells make the state a member on `day`; unknown past a spell's observation.
    static func isMember(spells: [SpellRow], on day: Day) -> Truth {
        var answer = Truth.no
        for spell in spells {
            guard let startDay = Day(iso: spell.start) else { continue }
            let period = DayInterval(start: startDay, end: spell.end.flatMap { Day(iso: $0) })
            answer = answer || period.covers(day, observedUntil: spell.observedUntil.flatMap { Day(iso: $0) })
            // A spell whose start is unknown is only a lower bound: it cannot say "no" on its own.
            if spell.precision == DatePrecision.unknown.rawValue && answer == .yes { answer = .unknown }
        }
        return answer
    }
}
