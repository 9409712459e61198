public import EntenteCore
import EntenteData
public import EntenteNetwork
import EntenteStore

extension Services {
    /// Communities of a year's layer — by default on the signed network (the layer minus hostility:
    /// rivalries, disputes and wars), seeded — the two blocs among them (the communities of bloc A's
    /// and bloc B's anchor states), each state's position between those blocs and its balance and
    /// hedging index between the anchor groups, the weighting scheme, and, for 1950–1990, the
    /// adjusted Rand index against the NATO / Warsaw Pact / other partition.
    ///
    /// - Parameter region: list only this region's states in the balance table.
    public func networkBlocs(
        year: Int, layer: NetworkLayer = .combined, seed: UInt64 = 1, region: Region? = nil,
        blocs: NetworkBlocParameters = .standard, layers parameters: NetworkLayerParameters = .init(),
        method: NetworkBlocMethod = .signed
    ) async throws(EntenteError) -> NetworkBlocsReport {
        let directory = try await store.directory()
        let network = try await networkYear(year, parameters)
        let graph = try network.layers.knownLayer(layer)
        let (a, b) = try blocs.blocs(directory, network.world)
        let found = try SignedBlocs(
            layers: network.layers, layer: layer, method: method, anchorsA: a.members, anchorsB: b.members, seed: seed)
        let positions = try HedgingIndex.compute(graph, blocA: a, blocB: b)
        var groups: [[Int]] = Array(repeating: [], count: found.count)
        for (node, c) in found.membership.enumerated() { groups[c].append(node) }
        let communities = groups.enumerated().map { k, ids in
            NetworkBlocsReport.Community(id: k, size: ids.count, members: ids.map { graph.labels[$0] }.sorted())
        }
        var states: [NetworkBlocsReport.Position] = []
        for p in positions {
            if let region, network.world.states[p.node].region != region { continue }
            states.append(
                .init(
                    state: graph.labels[p.node], community: found.membership[p.node], tiesToA: p.tiesToA,
                    tiesToB: p.tiesToB, balance: p.balance, hedging: p.hedging, engagement: p.engagement,
                    hedgingIndex: p.hedgingIndex, blocPosition: found.positions[p.node].position))
        }
        states.sort { $0.state < $1.state }
        var validation: NetworkBlocsReport.Validation?
        var note: String?
        if ColdWarReference.years.contains(year) {
            let sides = try ColdWarReference().sides(network.world)
            validation = try Self.coldWarAgreement(found, sides)
        } else {
            note =
                "no reference alignment for \(year): blocs are checked against NATO / Warsaw Pact / other for "
                + "\(ColdWarReference.years.lowerBound)–\(ColdWarReference.years.upperBound) (entente network validate)"
        }
        return NetworkBlocsReport(
            year: year, layer: layer, coverage: network.layers.coverageText(layer), seed: seed, method: method,
            modularity: found.modularity.finite, blocA: a.members.sorted().map { graph.labels[$0] },
            blocB: b.members.sorted().map { graph.labels[$0] }, blocCommunityA: found.communityA,
            blocCommunityB: found.communityB, twoBlocs: found.twoBlocs,
            weighting: network.layers.options.schemeDescription, validation: validation, validationNote: note,
            communities: communities, states: states)
    }

    /// The adjusted Rand index of the blocs found against the Cold War reference.
    static func coldWarAgreement(_ found: SignedBlocs, _ sides: [ColdWarReference.Side]) throws(EntenteError)
        -> NetworkBlocsReport.Validation
    {
        let reference = sides.map(\.rawValue)
        let blocs = found.membership.map { c in
            c == found.communityA ? 0 : (found.twoBlocs && c == found.communityB ? 1 : 2)
        }
        return .init(
            adjustedRandIndex: try AdjustedRandIndex.compute(blocs, reference),
            adjustedRandIndexCommunities: try AdjustedRandIndex.compute(found.membership, reference),
            reference:
                "NATO / Warsaw Pact (before 1955 the Soviet Union's treaty allies) / other, from \(ColdWarReference.file)",
            dataVersion: BundledData.fingerprint())
    }
}
