/// A binary min-heap of (distance, node) pairs for Dijkstra, with lazy deletion by the caller.
///
/// Ties in distance pop in insertion order (a counter breaks them), as in networkx's heap of
/// `(distance, counter, …)` tuples.
struct DistanceHeap {
    private var keys: [Double] = []
    private var order: [Int] = []
    private var nodes: [Int32] = []
    private var counter = 0

    init(capacity: Int) {
        keys.reserveCapacity(capacity)
        order.reserveCapacity(capacity)
        nodes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
        counter = 0
    }

    @inline(__always)
    private func less(_ i: Int, _ j: Int) -> Bool {
        keys[i] < keys[j] || (keys[i] == keys[j] && order[i] < order[j])
    }

    @inline(__always)
    private mutating func swapAt(_ i: Int, _ j: Int) {
        keys.swapAt(i, j)
        order.swapAt(i, j)
        nodes.swapAt(i, j)
    }

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key)
        order.append(counter)
        nodes.append(node)
        counter += 1
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if less(i, parent) {
                swapAt(i, parent)
                i = parent
            } else {
                break
            }
        }
    }

    mutating func pop() -> (key: Double, node: Int32) {
        let top = (keys[0], nodes[0])
        let last = keys.count - 1
        if last > 0 { swapAt(0, last) }
        keys.removeLast()
        order.removeLast()
        nodes.removeLast()
        var i = 0
        let count = keys.count
        while true {
            let l = 2 * i + 1
            if l >= count { break }
            var m = l
            let r = l + 1
            if r < count, less(r, l) { m = r }
            if less(m, i) {
                swapAt(m, i)
                i = m
            } else {
                break
            }
        }
        return top
    }
}
