import EntenteCore
import EntenteData
import EntenteNetwork
import Foundation
import Testing

/// A four-state World built by hand: USA (2), GBR (200), IDN (850), AUS (900), plus a state without ISO code.
private func makeWorld(
    year: Int = 2005, alliancesKnown: Bool = true, carried: Set<String> = [],
    coverage: KnowledgeCoverage = DatasetCatalog.knowledgeCoverage
) -> World {
    let states = [
        StateInfo(
            cow: CowCode(2), cowAbbreviation: "USA", name: "United States", iso3: "USA", iso2: "US", gleditschWard: [2]),
        StateInfo(
            cow: CowCode(200), cowAbbreviation: "UKG", name: "United Kingdom", iso3: "GBR", iso2: "GB",
            gleditschWard: [200]),
        StateInfo(
            cow: CowCode(850), cowAbbreviation: "INS", name: "Indonesia", iso3: "IDN", iso2: "ID", gleditschWard: [850]),
        StateInfo(
            cow: CowCode(900), cowAbbreviation: "AUL", name: "Australia", iso3: "AUS", iso2: "AU", gleditschWard: [900]),
        StateInfo(
            cow: CowCode(347), cowAbbreviation: "KOS", name: "Kosovo", iso3: nil, iso2: nil, gleditschWard: [347]),
    ]
    let cinc = [0.14, 0.02, 0.015, 0.005, nil]
    let capabilities: [Capability?] = states.indices.map { i in
        cinc[i].map {
            Capability(
                state: states[i].cow, year: year, militaryExpenditure: nil, militaryPersonnel: nil, ironSteel: nil,
                energy: nil, population: nil, urbanPopulation: nil, cinc: $0)
        }
    }
    func activity(
        _ id: String, _ kind: ActivityKind, _ who: [Int], domains: [String] = [], purpose: Activity.Purpose? = nil
    )
        -> Activity
    {
        Activity(
            id: id, kind: kind, name: id, series: nil,
            period: DayInterval(start: Day(year: year, month: 3, day: 1)!, end: Day(year: year, month: 3, day: 10)!),
            datePrecision: .day, participants: who.map { states[$0].cow }, otherParticipants: [], host: nil,
            observers: [], location: nil, latitude: nil, longitude: nil, domains: domains, purpose: purpose,
            notified: .unknown, source: "test", confidence: .high, note: nil)
    }
    let activities = [
        activity("ex1", .exercise, [0, 1, 3], domains: ["sea", "cpx"], purpose: .warfighting),
        activity("ex2", .exercise, [0, 2], domains: ["land"], purpose: .humanitarian),
        activity("ex3", .exercise, [0, 3, 3]),
        activity("talks", .dialogue, [2, 3]),
        activity("pko", .peacekeeping, [1, 2]),
    ]
    let participants = activities.map { a in a.participants.map { c in Int32(states.firstIndex { $0.cow == c }!) } }
    let alliances: [World.AllianceEdge] =
        alliancesKnown
        ? [
            .init(from: 0, to: 1, obligations: [.defense, .consultation]),
            .init(from: 1, to: 0, obligations: [.defense]),
            .init(from: 0, to: 3, obligations: [.consultation]),
            .init(from: 3, to: 0, obligations: [.defense]),
            .init(from: 2, to: 3, obligations: [.nonAggression, .neutrality]),
        ] : []
    return World(
        asOf: Day.endOfYear(year), states: states, capabilities: capabilities,
        isMajorPower: [true, true, false, false, false],
        polyarchy: [nil, nil, nil, nil, nil],
        members: ["NATO": [0, 1], "ANZUS": [0, 3], "UN": [0, 1, 2, 3, 4], "ASEAN": [2]],
        membershipCarriedForward: carried, alliances: alliances, alliancesKnown: alliancesKnown, activities: activities,
        activityParticipants: participants, contiguity: [], disputes: [], rivalries: [],
        coverage: coverage)
}

/// Options that count every exercise pair fully, without size sharing or recency: the counting
/// rules the older tests pin, apart from the new defaults.
private func countingOptions() -> WorldLayers.Options {
    var options = WorldLayers.Options()
    options.exerciseSizeNormalised = false
    options.exerciseHalfLifeDays = nil
    return options
}

/// The recency factor of the fixture's exercises: they end on 10 March, 296 days before 31 December.
private let recency = exp2(-296.0 / 365.0)

private func edges(_ graph: Graph) -> [String: Double] {
    var result: [String: Double] = [:]
    for e in graph.edges { result["\(graph.labels[e.source])-\(graph.labels[e.target])"] = e.weight }
    return result
}

struct WorldLayersTests {
    @Test func labelsAreISO3WithTheCOWAbbreviationAsFallback() throws {
        let layers = try WorldLayers(world: makeWorld())
        #expect(layers.labels == ["USA", "GBR", "IDN", "AUS", "KOS"])
        #expect(layers.multiplex.layerNames == NetworkLayer.allCases.map(\.rawValue))
    }

    @Test func allianceLayerIsDirectedAndWeightedByTheStrongestObligation() throws {
        let layers = try WorldLayers(world: makeWorld())
        let alliance = layers.layer(.alliance)
        #expect(alliance.isDirected)
        // Bueno de Mesquita's coding: defence 3, neutrality/non-aggression 2, consultation 1.
        #expect(edges(alliance) == ["USA-GBR": 3, "GBR-USA": 3, "USA-AUS": 1, "AUS-USA": 3, "IDN-AUS": 2])
        #expect(edges(layers.layer(.allianceConsultation)) == ["USA-GBR": 1, "USA-AUS": 1])
        #expect(edges(layers.layer(.allianceNonaggression)) == ["IDN-AUS": 1])
        #expect(edges(layers.layer(.allianceOffense)).isEmpty)
    }

    @Test func selectedObligationTypesAndWeightsChangeTheAllianceLayer() throws {
        var options = WorldLayers.Options()
        options.obligationTypes = [.defense]
        options.obligationWeights[.defense] = 2
        let layers = try WorldLayers(world: makeWorld(), options: options)
        #expect(edges(layers.layer(.alliance)) == ["USA-GBR": 2, "GBR-USA": 2, "AUS-USA": 2])
    }

    @Test func exerciseLayerSharesEachExerciseAmongItsPairsAndDecaysWithAge() throws {
        let e = edges(try WorldLayers(world: makeWorld()).layer(.exercise))
        // ex1 has three participants (1/2 per pair), ex2 and ex3 two; all end 296 days before the snapshot.
        let expected = ["USA-GBR": recency / 2, "USA-IDN": recency, "USA-AUS": 1.5 * recency, "GBR-AUS": recency / 2]
        #expect(Set(e.keys) == Set(expected.keys))
        for (pair, w) in expected { #expect(abs((e[pair] ?? 0) - w) < 1e-12, "\(pair)") }
    }

    @Test func exerciseLayerCountsJointExercisesOncePerPair() throws {
        let layers = try WorldLayers(world: makeWorld(), options: countingOptions())
        #expect(
            edges(layers.layer(.exercise)) == ["USA-GBR": 1, "USA-IDN": 1, "USA-AUS": 2, "GBR-AUS": 1])
    }

    @Test func exerciseLayerWeightsByDomainAndPurposeWhenAsked() throws {
        var options = countingOptions()
        options.domainWeights = WorldLayers.Options.defaultDomainWeights
        options.purposeWeights = WorldLayers.Options.defaultPurposeWeights
        let layers = try WorldLayers(world: makeWorld(), options: options)
        // ex1: mean(sea 1, cpx 0.5) × warfighting 1 = 0.75; ex2: land 1 × humanitarian 0.3; ex3: 1.
        #expect(
            edges(layers.layer(.exercise)) == ["USA-GBR": 0.75, "USA-IDN": 0.3, "USA-AUS": 1.75, "GBR-AUS": 0.75])
    }

    @Test func organisationLayerCountsSharedSecurityOrganisationsOnly() throws {
        let layers = try WorldLayers(world: makeWorld())
        #expect(edges(layers.layer(.organisation)) == ["USA-GBR": 1, "USA-AUS": 1])
        var options = WorldLayers.Options()
        options.organisations = ["NATO", "ANZUS", "UN"]
        let withUN = try WorldLayers(world: makeWorld(), options: options)
        #expect(edges(withUN.layer(.organisation))["USA-GBR"] == 2)
        #expect(edges(withUN.layer(.organisation))["IDN-KOS"] == 1)
    }

    @Test func agreementLayerHoldsDialoguesAndAgreementsButNotPeacekeeping() throws {
        let layers = try WorldLayers(world: makeWorld())
        #expect(edges(layers.layer(.agreement)) == ["IDN-AUS": 1])
    }

    @Test func combinedLayerSymmetrisesAlliancesAndAppliesTheNamedWeights() throws {
        let layers = try WorldLayers(world: makeWorld(), options: countingOptions())
        let combined = layers.layer(.combined)
        #expect(!combined.isDirected)
        // USA-GBR: alliance max(3, 3)·1 + exercise 1·0.5 + NATO 1·0.25 = 3.75
        // USA-AUS: alliance max(1, 3)·1 + exercise 2·0.5 + ANZUS 1·0.25 = 4.25
        // IDN-AUS: alliance 2 + agreement 1·0.5 = 2.5; USA-IDN: exercise 0.5; GBR-AUS: exercise 0.5
        #expect(
            edges(combined) == ["USA-GBR": 3.75, "USA-IDN": 0.5, "USA-AUS": 4.25, "GBR-AUS": 0.5, "IDN-AUS": 2.5])
        // The alignment layer keeps only obligations to fight together: IDN-AUS loses its non-aggression pact.
        #expect(
            edges(layers.layer(.alignment))
                == ["USA-GBR": 3.75, "USA-IDN": 0.5, "USA-AUS": 4.25, "GBR-AUS": 0.5, "IDN-AUS": 0.5])
        #expect(layers.coverage(of: .combined) == .covered)
    }

    @Test func alliancesAfterATOPAreUnknownAndLeftOutOfTheCombination() throws {
        let layers = try WorldLayers(
            world: makeWorld(year: 2020, alliancesKnown: false, carried: ["NATO"]), options: countingOptions())
        #expect(!layers.coverage(of: .alliance).isKnown)
        let atop = DatasetCatalog.knowledgeCoverage.alliances.text
        #expect(layers.coverage(of: .alliance).note?.contains("they cover \(atop)") == true)
        #expect(!layers.coverage(of: .allianceDefense).isKnown)
        #expect(layers.coverage(of: .organisation).label == "partial")
        #expect(layers.coverage(of: .exercise).label == "partial")
        #expect(
            layers.coverage(of: .combined).note?.contains("combines only exercise, organisation, agreement") == true)
        #expect(edges(layers.layer(.combined))["USA-GBR"] == 0.75)
    }

    @Test func exerciseCoverageFollowsTheSources() throws {
        #expect(try WorldLayers(world: makeWorld(year: 1995)).coverage(of: .exercise) == .covered)
        #expect(try WorldLayers(world: makeWorld(year: 1975)).coverage(of: .exercise).isKnown == false)
    }

    @Test func coverageMessagesComeFromTheWorldsDatasetCoverage() throws {
        var coverage = DatasetCatalog.knowledgeCoverage
        coverage.exercises = DatasetCoverage(firstYear: 1990, lastYear: 2000)
        coverage.alliances = DatasetCoverage(firstYear: 1820, lastYear: 2001)
        let late = try WorldLayers(world: makeWorld(year: 2005, alliancesKnown: false, coverage: coverage))
        #expect(late.coverage(of: .exercise).label == "unknown")
        #expect(late.coverage(of: .exercise).note?.contains("MME 1990–2000") == true)
        #expect(late.coverage(of: .alliance).note == "ATOP's alliance data do not cover 2005 (they cover 1820–2001)")
        #expect(try WorldLayers(world: makeWorld(year: 1995, coverage: coverage)).coverage(of: .exercise) == .covered)
    }

    @Test func obligationTypesShareOneSpellingWithTheAllianceSubLayers() {
        for type in ObligationType.allCases {
            #expect(NetworkLayer.alliance(type).rawValue == "alliance." + type.rawValue)
            #expect(NetworkLayer.alliance(type).obligationType == type)
            #expect(Obligations([type.flag]).names == [type.rawValue])
        }
    }

    @Test func badWeightsAreRejectedWithTheOffendingName() throws {
        var options = WorldLayers.Options()
        options.combinationWeights = [.combined: 1]
        let error = #expect(throws: EntenteError.self) { try WorldLayers(world: makeWorld(), options: options) }
        #expect(error?.message.hasPrefix("The combined layer cannot be combined") == true)
        var negative = WorldLayers.Options()
        negative.obligationWeights[.offense] = -1
        let e2 = #expect(throws: EntenteError.self) { try WorldLayers(world: makeWorld(), options: negative) }
        #expect(e2?.message == "The offense obligation weight is -1.0; weights must be finite and at least 0.")
        #expect(NetworkLayer(rawValue: "alliances") == nil)
        #expect(NetworkLayer.names.hasPrefix("alliance, alliance.defense"))
    }

    @Test func defenceNetworkIndicatorsWeighAlliesByCapability() throws {
        let world = makeWorld()
        let layers = try WorldLayers(world: world)
        let ind = try DefenceNetworkIndicators(layers: layers, world: world, eigenvector: [0.5, 0.4, 0.3, 0.2, 0.1])
        #expect(ind.indicators.map(\.name) == ["alliances", "exercises", "organisations", "centrality"])
        let alliances = ind.indicators[0].values
        // USA: GBR 3×0.02 + AUS 3×0.005; IDN: AUS 2×0.005; AUS: USA 3×0.14 + IDN 2×0.015.
        #expect(abs(alliances[0] - 0.075) < 1e-12)
        #expect(abs(alliances[2] - 0.01) < 1e-12)
        #expect(abs(alliances[3] - 0.45) < 1e-12)
        let exercises = ind.indicators[1].values
        for (value, share) in zip(exercises, [3.0, 1, 1, 2, 0]) { #expect(abs(value - share * recency) < 1e-12) }
        // IDN is ASEAN's only member here: a membership counts even without a co-member, by its kind
        // (ASEAN 0.25; NATO and ANZUS 1).
        #expect(ind.indicators[2].values == [2, 1, 0.25, 1, 0])
        #expect(ind.exercisePartners == [3, 2, 1, 2, 0])
        #expect(ind.exerciseCount == [3, 1, 1, 2, 0])
        let unknown = try WorldLayers(world: makeWorld(year: 2020, alliancesKnown: false))
        let without = try DefenceNetworkIndicators(
            layers: unknown, world: makeWorld(year: 2020, alliancesKnown: false), eigenvector: [0, 0, 0, 0, 0])
        #expect(!without.alliancesKnown)
        #expect(
            without.applicable(.defenceNetworks).weights.keys.sorted() == ["centrality", "exercises", "organisations"])
    }

    @Test func hostilityLayerTakesTheWorstDisputeAndAddsARivalry() throws {
        let base = makeWorld()
        let world = World(
            asOf: base.asOf, states: base.states, capabilities: base.capabilities, isMajorPower: base.isMajorPower,
            polyarchy: base.polyarchy, members: base.members, membershipCarriedForward: [], alliances: base.alliances,
            alliancesKnown: true, activities: base.activities, activityParticipants: base.activityParticipants,
            contiguity: [],
            disputes: [.init(a: 0, b: 2, code: 2), .init(a: 2, b: 0, code: 4), .init(a: 1, b: 3, code: 1)],
            rivalries: [.init(a: 0, b: 2, code: 7), .init(a: 2, b: 0, code: 7)], coverage: base.coverage)
        let layers = try WorldLayers(world: world)
        // USA-IDN: use of force (level 4) 2 + one rivalry 3; GBR-AUS: level 1 weighs 0, so no tie.
        #expect(edges(layers.layer(.hostility)) == ["USA-IDN": 5])
        var options = WorldLayers.Options()
        options.rivalryWeight = 0
        #expect(edges(try WorldLayers(world: world, options: options).layer(.hostility)) == ["USA-IDN": 2])
        options.hostilityWeight = -1
        #expect(throws: EntenteError.self) { try WorldLayers(world: world, options: options) }
    }

    @Test func theWeightingSchemeNamesEveryLayersWeights() {
        let lines = WorldLayers.Options().schemeDescription
        #expect(lines.count == 6)
        #expect(lines[0].hasSuffix("defense 3, offense 3, neutrality 2, nonaggression 2, consultation 1"))
        #expect(lines[1].hasSuffix("defense 3, offense 3, neutrality 0, nonaggression 0, consultation 0"))
        #expect(lines.contains { $0.contains("OSCE 0.05") && $0.contains("NATO 1") })
    }

    @Test func yearRangeRejectsReversedAndOutOfDataRanges() throws {
        #expect(Array(try YearRange(from: 1990, to: 1992).years) == [1990, 1991, 1992])
        #expect(try YearRange(from: 2001).count == 1)
        let e = #expect(throws: EntenteError.self) { try YearRange(from: 2000, to: 1999) }
        #expect(e?.message == "The last year (1999) is before the first (2000).")
        let e2 = #expect(throws: EntenteError.self) { try YearRange(from: 1940, to: 1950, within: 1946...2020) }
        #expect(e2?.message == "The years 1940–1950 leave the data's range 1946–2020.")
    }
}
