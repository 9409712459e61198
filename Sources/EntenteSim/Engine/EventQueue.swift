internal import HeapModule

/// Events scheduled at times, taken out earliest first; events at the same time come out in the
/// order they were scheduled.
///
/// The order is a pure function of the calls made, never of hashing or memory addresses, so a
/// model that keeps a queue in its state stays reproducible. Scheduling and taking out are
/// O(log n).
public struct EventQueue<Event: Sendable>: Sendable {
    private struct Entry: Comparable, Sendable {
        var time: Double
        var sequence: UInt64
        var event: Event

        static func < (a: Entry, b: Entry) -> Bool {
            a.time < b.time || (a.time == b.time && a.sequence < b.sequence)
        }

        static func == (a: Entry, b: Entry) -> Bool { a.time == b.time && a.sequence == b.sequence }
    }

    private var heap = Heap<Entry>()
    private var scheduled: UInt64 = 0

    public init() {}

    /// The number of pending events.
    public var count: Int { heap.count }
    public var isEmpty: Bool { heap.isEmpty }

    /// The time of the earliest pending event.
    public var nextTime: Double? { heap.min?.time }

    /// Schedules `event` at `time`, which must be a number (not NaN).
    public mutating func schedule(_ event: Event, at time: Double) {
        precondition(!time.isNaN, "an event needs a time that orders")
        heap.insert(Entry(time: time, sequence: scheduled, event: event))
        scheduled += 1
    }

    /// Takes out the earliest event, or returns nil when none is pending.
    public mutating func popNext() -> (time: Double, event: Event)? {
        heap.popMin().map { ($0.time, $0.event) }
    }

    /// Takes out, in order, every event due at or before `time`.
    public mutating func popDue(through time: Double) -> [(time: Double, event: Event)] {
        var due: [(time: Double, event: Event)] = []
        while let t = heap.min?.time, t <= time, let next = popNext() { due.append(next) }
        return due
    }
}
