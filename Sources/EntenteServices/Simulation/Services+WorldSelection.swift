public import EntenteCore
public import EntenteSim

extension Services {
    /// The scenario with the World its `world:` section names attached: the knowledge base's
    /// snapshot of the date, restricted to the named states and groups, and the posture and attack
    /// it sets turned into the model's parameters (dense ids in the restricted world).
    ///
    /// A scenario without a `world:` section is returned as it is.
    ///
    /// - Throws: ``EntenteError`` (`invalidScenario`) naming the file, line and field of an unknown
    ///   state or group, a state not in the system on the date, or an attack or posture naming a
    ///   state outside the world — before anything runs.
    public func attachingWorld(to scenario: Scenario) async throws(EntenteError) -> Scenario {
        guard let selection = scenario.worldSelection else { return scenario }
        let full = try await world(asOf: selection.date)
        var chosen = [Bool](repeating: false, count: full.stateCount)
        for item in selection.states {
            for id in try Self.resolve(item, in: full, selection: selection, allowGroups: true) { chosen[id] = true }
        }
        let ids = chosen.indices.filter { chosen[$0] }
        guard ids.count >= 2 else {
            throw selection.error(
                selection.states[0],
                "the selection has \(ids.count) state(s) in the system on \(selection.date.iso); "
                    + "expected at least 2.")
        }
        let world = Self.restrict(full, to: ids)
        var scenario = scenario
        scenario.world = world
        scenario.worldDyads = try await worldDyads(for: world)
        func dense(_ item: WorldSelection.Item) throws(EntenteError) -> Double {
            let id = try Self.resolve(item, in: full, selection: selection, allowGroups: false)[0]
            guard let position = ids.firstIndex(of: id) else {
                throw selection.error(item, "'\(item.text)' is not among the scenario's states.")
            }
            return Double(position)
        }
        do {
            if let posture = selection.posture {
                try scenario.set("focal_state", to: try dense(posture.state))
                try scenario.set("focal_posture", to: Double(posture.posture))
            }
            if let attack = selection.attack {
                try scenario.set("attacker", to: try dense(attack.attacker))
                try scenario.set("attack_target", to: try dense(attack.target))
                try scenario.set("attack_month", to: Double(attack.month))
            }
        } catch {
            guard error.code == .invalidScenario, error.message.hasPrefix("unknown parameter") else { throw error }
            throw EntenteError(
                .invalidScenario,
                "\(selection.file): world: model '\(scenario.model.name)' takes no posture or attack.")
        }
        return scenario
    }

    /// Dense ids in `world` of a state reference (ISO 3166 alpha-3, COW letters, COW number or name)
    /// or, when allowed, of a group: `all`, an organisation key (`asean`, `admm-plus`) or several
    /// joined with `+` (`asean+admm-plus`).
    static func resolve(
        _ item: WorldSelection.Item, in world: World, selection: WorldSelection, allowGroups: Bool
    ) throws(EntenteError) -> [Int] {
        let text = item.text
        if allowGroups && text.lowercased() == "all" { return Array(0..<world.stateCount) }
        if allowGroups && text.contains("+") {
            var ids: [Int] = []
            for part in text.split(separator: "+") {
                var sub = item
                sub.text = String(part)
                ids += try resolve(sub, in: world, selection: selection, allowGroups: true)
            }
            return ids
        }
        let upper = text.uppercased()
        if allowGroups, let members = world.members[upper] { return members.map(Int.init) }
        if let index = world.states.firstIndex(where: {
            $0.iso3 == upper || $0.cowAbbreviation == upper || String($0.cow.rawValue) == text
                || $0.name.lowercased() == text.lowercased()
        }) {
            return [index]
        }
        var names = world.states.compactMap(\.iso3) + world.states.map(\.cowAbbreviation)
        if allowGroups { names += ["all"] + world.members.keys.sorted().map { $0.lowercased() } }
        var message = "unknown \(allowGroups ? "state or group" : "state") '\(text)' on \(selection.date.iso)"
        if let guess = Suggestions.closest(to: allowGroups ? text.lowercased() : upper, in: names).first {
            message += "; did you mean '\(guess)'?"
        }
        throw selection.error(item, message + " (ISO 3166 alpha-3, COW letters or number, a state's name, or a group).")
    }

    /// The World of the states `ids` (ascending dense ids of `full`), renumbered 0..<ids.count.
    static func restrict(_ full: World, to ids: [Int]) -> World {
        var newID = [Int32](repeating: -1, count: full.stateCount)
        for (position, id) in ids.enumerated() { newID[id] = Int32(position) }
        func map(_ list: [Int32]) -> [Int32] { list.compactMap { newID[Int($0)] >= 0 ? newID[Int($0)] : nil } }
        func pairs(_ list: [World.Pair]) -> [World.Pair] {
            list.compactMap { pair in
                let a = newID[Int(pair.a)]
                let b = newID[Int(pair.b)]
                return a >= 0 && b >= 0 ? World.Pair(a: a, b: b, code: pair.code) : nil
            }
        }
        let alliances = full.alliances.compactMap { edge -> World.AllianceEdge? in
            let a = newID[Int(edge.from)]
            let b = newID[Int(edge.to)]
            return a >= 0 && b >= 0 ? World.AllianceEdge(from: a, to: b, obligations: edge.obligations) : nil
        }
        return World(
            asOf: full.asOf, states: ids.map { full.states[$0] }, capabilities: ids.map { full.capabilities[$0] },
            isMajorPower: ids.map { full.isMajorPower[$0] }, polyarchy: ids.map { full.polyarchy[$0] },
            members: full.members.mapValues(map), membershipCarriedForward: full.membershipCarriedForward,
            alliances: alliances, alliancesKnown: full.alliancesKnown, activities: full.activities,
            activityParticipants: full.activityParticipants.map(map), contiguity: pairs(full.contiguity),
            disputes: pairs(full.disputes), rivalries: pairs(full.rivalries), coverage: full.coverage)
    }
}
