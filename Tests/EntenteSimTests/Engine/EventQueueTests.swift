import EntenteSim
import Testing

struct EventQueueTests {
    @Test func eventsComeOutEarliestFirst() {
        var queue = EventQueue<String>()
        for (name, time) in [("c", 3.0), ("a", 1.0), ("d", 4.5), ("b", 2.0)] { queue.schedule(name, at: time) }
        #expect(queue.count == 4 && queue.nextTime == 1)
        var out: [String] = []
        while let next = queue.popNext() { out.append(next.event) }
        #expect(out == ["a", "b", "c", "d"])
        #expect(queue.isEmpty && queue.popNext() == nil)
    }

    @Test func simultaneousEventsComeOutInTheOrderTheyWereScheduled() {
        var queue = EventQueue<Int>()
        // Many ties, scheduled in an order unrelated to their values, interleaved with other times.
        let order = [7, 3, 9, 0, 5, 1, 8, 2, 6, 4]
        for (k, id) in order.enumerated() {
            queue.schedule(id, at: 2)
            queue.schedule(100 + k, at: k.isMultiple(of: 2) ? 1 : 3)
        }
        let events = [(Double, Int)](sequence(state: queue) { $0.popNext().map { ($0.time, $0.event) } })
        #expect(events.filter { $0.0 == 2 }.map(\.1) == order)
        #expect(events.filter { $0.0 == 1 }.map(\.1) == [100, 102, 104, 106, 108])
        #expect(events.map(\.0) == events.map(\.0).sorted())
    }

    @Test func dueEventsAreTakenThroughATime() {
        var queue = EventQueue<Int>()
        for i in 0..<6 { queue.schedule(i, at: Double(5 - i)) }
        let due = queue.popDue(through: 2)
        #expect(due.map(\.event) == [5, 4, 3])
        #expect(due.map(\.time) == [0, 1, 2])
        #expect(queue.count == 3 && queue.nextTime == 3)
    }
}
