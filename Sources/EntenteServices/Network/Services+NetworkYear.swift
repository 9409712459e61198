public import EntenteCore
import EntenteNetwork

/// A year's World and the layers built from it.
struct NetworkYear: Sendable {
    let world: World
    let layers: WorldLayers
}

extension Services {
    /// Refuses a year no World can be built for, naming what the knowledge base covers.
    ///
    /// - Parameter subject: how the message names the year ("The year", or a front end's option).
    public static func checkNetworkYear(_ year: Int, subject: String = "The year") throws(EntenteError) {
        guard coverage.worldYears.contains(year) else {
            throw EntenteError(.invalidInput, "\(subject) \(year) is outside the data; \(coverage.summary).")
        }
    }

    /// Refuses years outside the UN General Assembly votes.
    public static func checkVoteYears(from: Int, to: Int) throws(EntenteError) {
        let votes = coverage.votes
        guard votes.contains(year: from), votes.contains(year: to) else {
            throw EntenteError(
                .invalidInput, "UN General Assembly votes cover \(votes.text); \(from)–\(to) is outside that.")
        }
    }

    /// The year's World (cached) and its layers.
    func networkYear(_ year: Int, _ parameters: NetworkLayerParameters) async throws(EntenteError) -> NetworkYear {
        try Self.checkNetworkYear(year)
        let options = try parameters.layerOptions()
        let world = try await world(asOf: WorldLayers.snapshotDay(forYear: year))
        guard world.stateCount > 0 else {
            throw EntenteError(.notFound, "No states are in the system in \(year); \(coverage.summary).")
        }
        return NetworkYear(world: world, layers: try WorldLayers(world: world, options: options))
    }
}

extension WorldLayers {
    /// The graph of a layer, or an error saying it is unknown in the year and which layers are known.
    func knownLayer(_ layer: NetworkLayer) throws(EntenteError) -> Graph {
        if case .unknown(let reason) = coverage(of: layer) {
            let known = NetworkLayer.allCases.filter { coverage(of: $0).isKnown }.map { l in
                coverage(of: l) == .covered ? l.rawValue : "\(l.rawValue) (\(coverage(of: l).label))"
            }
            throw EntenteError(
                .notFound,
                "The \(layer.rawValue) layer is unknown in \(year): \(reason). Layers known in \(year): "
                    + (known.isEmpty ? "none" : known.joined(separator: ", ")) + ".")
        }
        return self.layer(layer)
    }

    /// "covered", or "partial: …" / "unknown: …" with the reason.
    func coverageText(_ layer: NetworkLayer) -> String {
        let c = coverage(of: layer)
        return c.note.map { "\(c.label): \($0)" } ?? c.label
    }
}
