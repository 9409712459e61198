import EntenteCore
import EntenteNetwork
import Synchronization

/// The measures of a year's combined layer, kept once computed.
///
/// A state's network profile reads one node's row from measures of the whole graph (betweenness over
/// every pair of states), and those do not depend on the state asked for: the dashboard's profile of
/// one state after another recomputed the same five years each time. Kept per store generation, year
/// and layer parameters; bounded, the oldest dropped first.
final class CombinedMeasuresCache: Sendable {
    struct Key: Hashable {
        var generation: UInt64
        var year: Int
        var parameters: NetworkLayerParameters
    }

    static let capacity = 256

    private struct State {
        var measures: [Key: NetworkMeasures] = [:]
        var order: [Key] = []
    }

    private let state = Mutex(State())

    func measures(_ key: Key, compute: () throws(EntenteError) -> NetworkMeasures) throws(EntenteError)
        -> NetworkMeasures
    {
        if let kept = state.withLock({ $0.measures[key] }) { return kept }
        let computed = try compute()
        state.withLock { state in
            guard state.measures.updateValue(computed, forKey: key) == nil else { return }
            state.order.append(key)
            if state.order.count > Self.capacity { state.measures[state.order.removeFirst()] = nil }
        }
        return computed
    }
}
