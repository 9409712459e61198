import EntenteCore

extension DefenseDiplomacyWorld {
    /// Organisations whose members form the modelled regime at the start, first present wins.
    static let regimeOrganisations = ["ADMM-PLUS", "ASEAN"]
    /// COW codes of the Security Council's permanent members (USA, UK, France, Russia, China).
    static let permanentMemberCodes: Set<Int> = [2, 200, 220, 365, 710]

    /// The starting world read from a knowledge-base snapshot: every state in `world` takes part.
    ///
    /// Capabilities come from COW NMC (CINC and military expenditure), alliance obligations from
    /// ATOP, memberships from COW IGO and the informal-IGO data, contiguity from COW, disputes from
    /// MID, rivalries from Thompson's strategic rivalries, and past joint activities (exercises,
    /// dialogues) become initial interoperability. With `dyads` (attached by the services), proximity
    /// falls with the distance between capitals and UN-vote affinity enters initial trust; without
    /// them, or where a value is unknown, proximity is contiguity or shared region and trust is built
    /// from alliances, memberships, rivalries and disputes alone (see docs/model.md).
    init(world: World, dyads: WorldDyads? = nil) {
        let n = world.stateCount
        self.init(n: n, start: world.asOf)
        labels = world.states.map(\.cowAbbreviation)
        cowCodes = world.states.map(\.cow.rawValue)
        isMajorPower = world.isMajorPower
        isPermanentMember = cowCodes.map { Self.permanentMemberCodes.contains($0) }
        // Capability: CINC where known, the smallest known value otherwise, rescaled to sum to 1.
        let cinc = world.capabilities.map { $0?.cinc }
        let floorCinc = cinc.compactMap { $0 }.filter { $0 > 0 }.min() ?? 1e-4
        let c = cinc.map { max($0 ?? floorCinc, floorCinc) }
        let cTotal = c.reduce(0, +)
        capability = c.map { $0 / cTotal }
        let milex = world.capabilities.map { $0?.militaryExpenditure }
        let floorMilex = milex.compactMap { $0 }.filter { $0 > 0 }.min() ?? 1
        let m = milex.map { max($0 ?? floorMilex, floorMilex) }
        let mTotal = m.reduce(0, +)
        spending = m.map { $0 / mTotal }
        // Sovereignty sensitivity: ASEAN's non-interference norm and non-democracy raise it.
        let asean = Set(world.members["ASEAN"] ?? [])
        for i in 0..<n {
            let democracy = world.polyarchy[i] ?? 0.5
            sovereignty[i] = min(1, 0.3 + 0.3 * (1 - democracy) + (asean.contains(Int32(i)) ? 0.3 : 0))
        }
        if let key = Self.regimeOrganisations.first(where: { !(world.members[$0] ?? []).isEmpty }) {
            for id in world.members[key] ?? [] { regimeMember[Int(id)] = true }
        }
        for edge in world.alliances where edge.obligations.contains(.defense) {
            defenseObligation[index(Int(edge.from), Int(edge.to))] = true
        }
        for ids in world.members.values {
            for a in ids {
                for b in ids where a != b {
                    let k = index(Int(a), Int(b))
                    if sharedMemberships[k] < 3 { sharedMemberships[k] += 1 }
                }
            }
        }
        let regions = world.states.map(\.region)
        for i in 0..<n {
            for j in 0..<n where j != i && regions[i] == regions[j] { proximity[index(i, j)] = 0.5 }
        }
        if let dyads, dyads.capitalDistanceKm.count == n * n {
            for i in 0..<n {
                for j in 0..<n where j != i && !dyads.capitalDistanceKm[index(i, j)].isNaN {
                    proximity[index(i, j)] = Self.proximity(distanceKm: dyads.capitalDistanceKm[index(i, j)])
                }
            }
        }
        if let dyads, dyads.affinity.count == n * n { affinity = dyads.affinity }
        for pair in world.contiguity {
            proximity[index(Int(pair.a), Int(pair.b))] = 1
            proximity[index(Int(pair.b), Int(pair.a))] = 1
        }
        for pair in world.rivalries {
            rivalry[index(Int(pair.a), Int(pair.b))] = true
            rivalry[index(Int(pair.b), Int(pair.a))] = true
        }
        for pair in world.disputes {
            dispute[index(Int(pair.a), Int(pair.b))] = true
            dispute[index(Int(pair.b), Int(pair.a))] = true
        }
        for participants in world.activityParticipants {
            for a in participants {
                for b in participants where a != b {
                    let k = index(Int(a), Int(b))
                    interoperability[k] = min(1, interoperability[k] + 0.1)
                }
            }
        }
        derive()
    }
}
