/// A closed span of days, open-ended when `end` is `nil` (still in force).
///
/// Membership spells, alliance phases and activities are intervals; "as of" a day means the
/// interval contains that day.
public struct DayInterval: Hashable, Sendable, Codable {
    public var start: Day
    /// The last day, inclusive; `nil` means the spell has not ended (or its end is not recorded).
    public var end: Day?

    public init(start: Day, end: Day?) {
        self.start = start
        self.end = end
    }

    /// Whether `day` falls inside the interval.
    public func contains(_ day: Day) -> Bool {
        day >= start && (end.map { day <= $0 } ?? true)
    }

    /// Whether the interval shares at least one day with the calendar year.
    public func overlaps(year: Int) -> Bool {
        overlaps(Day.startOfYear(year), Day.endOfYear(year))
    }

    /// Whether the interval shares at least one day with `[from, to]`.
    public func overlaps(_ from: Day, _ to: Day) -> Bool {
        start <= to && (end.map { $0 >= from } ?? true)
    }

    /// Whether the interval covers `day` as far as a source can tell: unknown when the interval is
    /// open and `day` lies after `observedUntil`, the source's last observed day (the spell is
    /// carried forward, not known).
    public func covers(_ day: Day, observedUntil: Day?) -> Truth {
        guard contains(day) else { return .no }
        if end == nil, let observedUntil, day > observedUntil { return .unknown }
        return .yes
    }
}
