import EntenteCore
import EntenteStore

extension Services {
    /// The defence-diplomacy inputs the request's groups need, or nil when none needs any: MME
    /// exercises with their domains (read through the store's activity query) and the knowledge
    /// snapshot (security-organisation spells, treaty rosters, ATOP member dates).
    func panelDiplomacy(_ request: PanelRequest, coverage: [PanelGroup: ClosedRange<Int>])
        async throws(EntenteError) -> PanelDiplomacyInputs?
    {
        let groups = Set(request.groups)
        let exerciseYears = [PanelGroup.exercises, .rivalExercises].compactMap {
            groups.contains($0) ? coverage[$0] : nil
        }
        let needsSnapshot = !groups.isDisjoint(with: [.securityOrgs, .regimes, .treatyDays])
        guard !exerciseYears.isEmpty || needsSnapshot else { return nil }
        var activities: [Activity]?
        if let first = exerciseYears.map(\.lowerBound).min(), let last = exerciseYears.map(\.upperBound).max() {
            activities = try await store.activities(
                ActivityFilter(kind: .exercise, from: Day.startOfYear(first), to: Day.endOfYear(last)))
        }
        var snapshot: KnowledgeSnapshot?
        if needsSnapshot { snapshot = try await knowledgeSnapshot() }
        return PanelDiplomacyInputs(
            sources: PanelDiplomacySources(exercises: activities, snapshot: snapshot), years: request.from...request.to)
    }
}
