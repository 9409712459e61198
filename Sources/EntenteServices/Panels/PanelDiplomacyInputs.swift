import EntenteStore

/// The defence-diplomacy sources of a panel, indexed once by year like ``PanelInputs``.
struct PanelDiplomacyInputs: Sendable {
    let sources: PanelDiplomacySources
    let exercises: YearBuckets
    let spells: YearBuckets
    let pacts: YearBuckets

    init(sources s: PanelDiplomacySources, years: ClosedRange<Int>) {
        sources = s
        exercises = YearBuckets(firstYears: s.exercises.firstYear, lastYears: s.exercises.lastYear, range: years)
        let spellYears = PanelDiplomacySources.years(start: s.spellStart, end: s.spellEnd, lastYear: years.upperBound)
        spells = YearBuckets(firstYears: spellYears.first, lastYears: spellYears.last, range: years)
        let pactYears = PanelDiplomacySources.years(start: s.pactStart, end: s.pactEnd, lastYear: years.upperBound)
        // Buckets keep the rows' order, so each year's pact rows stay grouped by alliance.
        pacts = YearBuckets(firstYears: pactYears.first, lastYears: pactYears.last, range: years)
    }
}
