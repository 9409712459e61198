import EntenteCore
import Testing

struct DayTests {
    @Test(arguments: ["1970-01-01", "2000-02-29", "1815-06-18", "2024-12-31", "0001-01-01"])
    func isoRoundTrips(_ text: String) throws {
        let day = try #require(Day(iso: text))
        #expect(day.iso == text)
    }

    @Test(arguments: ["2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "24-01-01", "2024-1-1", ""])
    func impossibleDatesAreRejected(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func ordinalIsDaysSinceEpoch() throws {
        #expect(try #require(Day(iso: "1970-01-02")).ordinal == 1)
        #expect(try #require(Day(iso: "1969-12-31")).ordinal == -1)
        #expect(try #require(Day(iso: "2000-03-01")).ordinal == 11017)
    }

    @Test func intervalContainsItsEndsAndOpenEndsRunForever() throws {
        let spell = DayInterval(start: try #require(Day(iso: "2023-04-04")), end: nil)
        #expect(!spell.contains(try #require(Day(iso: "2023-04-03"))))
        #expect(spell.contains(try #require(Day(iso: "2023-04-04"))))
        #expect(spell.contains(try #require(Day(iso: "2999-01-01"))))
        let closed = DayInterval(start: Day.startOfYear(2000), end: Day.endOfYear(2000))
        #expect(closed.contains(Day.endOfYear(2000)))
        #expect(!closed.contains(Day.startOfYear(2001)))
        #expect(closed.overlaps(year: 2000) && !closed.overlaps(year: 2001))
    }

    @Test func openSpellsPastTheLastObservationAreUnknownNotYes() throws {
        let observed = Day.endOfYear(2014)
        let open = DayInterval(start: Day.startOfYear(2000), end: nil)
        #expect(open.covers(Day.endOfYear(2010), observedUntil: observed) == .yes)
        #expect(open.covers(Day.startOfYear(2015), observedUntil: observed) == .unknown)
        #expect(open.covers(Day.endOfYear(1999), observedUntil: observed) == .no)
        let closed = DayInterval(start: Day.startOfYear(2000), end: Day.endOfYear(2016))
        #expect(closed.covers(Day.startOfYear(2015), observedUntil: observed) == .yes)
        #expect(open.covers(Day.startOfYear(2030), observedUntil: nil) == .yes)
    }
}
