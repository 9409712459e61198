import Synchronization

/// A number that changes whenever these services change the store (an import, a rebuild), so a
/// front end that keeps answers can tell an answer computed before the change from one after it.
final class StoreGeneration: Sendable {
    private let value = Atomic<UInt64>(0)

    var current: UInt64 { value.load(ordering: .acquiring) }

    func advance() { value.wrappingAdd(1, ordering: .releasing) }
}
