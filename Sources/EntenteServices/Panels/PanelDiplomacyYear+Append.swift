/// Rows of the defence-diplomacy groups, in the order ``PanelGroup`` lists their columns.
extension PanelDiplomacyYear {
    /// The `exercises` detail columns of a pair (`a * n + b`), after `mme_exercises`.
    func appendExerciseDetail(pair ab: Int, _ sink: inout PanelSink) {
        let w = Self.detailWidth
        for k in 0..<w { sink.int(exerciseDetail[ab * w + k]) }
        let total = exerciseTotal[ab]
        sink.real(total == 0 ? .nan : Double(exerciseDetail[ab * w + w - 1]) / Double(total))
    }

    /// The `exercises` detail columns of a state, after `mme_exercises`.
    func appendExerciseDetail(state a: Int, _ sink: inout PanelSink) {
        let w = Self.detailWidth
        for k in 0..<w { sink.int(stateExerciseDetail[a * w + k]) }
        let total = stateExerciseTotal[a]
        sink.real(total == 0 ? .nan : Double(stateExerciseDetail[a * w + w - 1]) / Double(total))
    }

    func appendDyad(_ group: PanelGroup, _ a: Int, _ b: Int, _ sink: inout PanelSink) {
        let ab = a * n + b
        let ba = b * n + a
        switch group {
        case .rivalExercises:
            sink.int(rivalExercises[ab])
            sink.int(rivalExercises[ba])
        case .securityOrgs:
            sink.int(sharedOrganisations[ab])
            sink.int(sharedDefenceOrganisations[ab])
        case .regimes:
            let t = PanelDiplomacySources.regimeTreaties.count
            for k in 0..<t { sink.int(regimes[a * t + k]) }
            for k in 0..<t { sink.int(regimes[b * t + k]) }
        case .treatyDays: sink.int(treatyDays?.pairs[ab] ?? PanelColumn.missingInteger)
        default: break
        }
    }

    /// The `obligations` cells of a dyad, from the bulk ATOP matrix alone (no diplomacy source):
    /// `alliances` already gives a → b in the directed unit, so that unit gets b → a only.
    static func appendObligations(_ f: PanelYear, _ a: Int, _ b: Int, directed: Bool, _ sink: inout PanelSink) {
        if !directed { appendObligations(f.atop[a * f.n + b], &sink) }
        appendObligations(f.atop[b * f.n + a], &sink)
    }

    /// The `obligations` cells of a state: how many states owe it each obligation.
    static func appendObligations(_ f: PanelYear, state a: Int, _ sink: inout PanelSink) {
        var owed = [Int32](repeating: 0, count: PanelGroup.obligationTypes.count)
        for b in 0..<f.n where b != a {
            let bits = f.atop[b * f.n + a]
            for k in owed.indices where bits & (1 << UInt8(k)) != 0 { owed[k] += 1 }
        }
        for c in owed { sink.int(c) }
    }

    /// One flag per obligation type from ATOP's directed bits (1 defense … 16 consultation).
    private static func appendObligations(_ bits: UInt8, _ sink: inout PanelSink) {
        for k in 0..<PanelGroup.obligationTypes.count { sink.flag(bits & (1 << UInt8(k)) != 0) }
    }

    func appendState(_ group: PanelGroup, _ a: Int, _ sink: inout PanelSink) {
        switch group {
        case .securityOrgs:
            sink.int(organisationCount[a])
            sink.int(defenceOrganisationCount[a])
        case .regimes:
            let t = PanelDiplomacySources.regimeTreaties.count
            for k in 0..<t { sink.int(regimes[a * t + k]) }
        case .treatyDays: sink.int(treatyDays?.states[a] ?? PanelColumn.missingInteger)
        default: break
        }
    }
}
