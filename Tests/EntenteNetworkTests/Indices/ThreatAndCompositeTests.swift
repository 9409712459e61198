import EntenteCore
import EntenteNetwork
import Testing

struct ThreatPerceptionTests {
    let base = ExerciseObservation(
        troops: 9_000, purpose: .warfighting, distanceKilometres: 0, participantCapability: 3, observerCapability: 1,
        observerDistrust: 1)

    @Test func factorsMultiplyAsDocumented() throws {
        let a = try ThreatPerception.assess(base)
        // scale = 1 − e^−1, purpose 1, proximity 1, capability 3/4, distrust 1, transparency 1.
        #expect(close(a.scale, 1 - 0.36787944117144233))
        #expect(a.proximity == 1)
        #expect(a.capability == 0.75)
        #expect(close(a.threat, (1 - 0.36787944117144233) * 0.75))
    }

    @Test func notificationAndObserversLowerThreat() throws {
        var e = base
        e.priorNotification = true
        let notified = try ThreatPerception.assess(e)
        e.invitedObservers = true
        let observed = try ThreatPerception.assess(e)
        let plain = try ThreatPerception.assess(base)
        #expect(close(notified.threat, plain.threat * 0.75))
        #expect(close(observed.threat, plain.threat * 0.75 * 0.7))
    }

    @Test func humanitarianFarAndTrustedIsLow() throws {
        var e = base
        e.purpose = .humanitarian
        e.distanceKilometres = 1_000
        e.observerDistrust = 0
        let a = try ThreatPerception.assess(e)
        #expect(a.purpose == 0.15)
        #expect(close(a.proximity, 0.36787944117144233))
        #expect(a.distrust == 0.2)
        #expect(a.threat < 0.02)
    }

    @Test func distrustOutsideUnitIntervalIsRefused() {
        var e = base
        e.observerDistrust = 1.5
        let error = #expect(throws: EntenteError.self) { try ThreatPerception.assess(e) }
        #expect(error?.message == "Observer distrust must be in [0, 1]; got 1.5.")
    }
}

struct CompositeIndexTests {
    let indicators = [
        CompositeIndex.Indicator(name: "alliances", values: [10, 5, 0, 2]),
        CompositeIndex.Indicator(name: "exercises", values: [2, 4, 8, 1]),
    ]

    @Test func scoresAreWeightedAveragesOfScaledIndicators() throws {
        let r = try CompositeIndex.compute(
            indicators: indicators, preset: .init(name: "t", weights: ["alliances": 3, "exercises": 1]),
            uncertainty: .init(samples: 200, seed: 9))
        // Scaled: alliances 100, 50, 0, 20; exercises 25, 50, 100, 12.5. Weights 0.75, 0.25.
        #expect(r.weights == [0.75, 0.25])
        #expect(r.scores == [81.25, 50, 25, 18.125])
        #expect(r.ranks == [1, 2, 3, 4])
        #expect(
            r.rankLow.indices.allSatisfy { r.rankLow[$0] <= r.medianRank[$0] && r.medianRank[$0] <= r.rankHigh[$0] })
    }

    @Test func sameSeedSameIntervals() throws {
        let preset = CompositeIndex.WeightPreset.equal(["alliances", "exercises"])
        let a = try CompositeIndex.compute(
            indicators: indicators, preset: preset, uncertainty: .init(samples: 300, concentration: 5, seed: 4))
        let b = try CompositeIndex.compute(
            indicators: indicators, preset: preset, uncertainty: .init(samples: 300, concentration: 5, seed: 4))
        #expect(a == b)
        // With weak concentration the 2nd and 3rd places swap in some draws: the interval is wider than a point.
        #expect(a.rankHigh[2] > a.rankLow[2] || a.rankHigh[1] > a.rankLow[1])
    }

    @Test func tightConcentrationKeepsThePresetRanking() throws {
        let r = try CompositeIndex.compute(
            indicators: indicators, preset: .init(name: "t", weights: ["alliances": 3, "exercises": 1]),
            uncertainty: .init(samples: 200, concentration: 1e6, seed: 1))
        #expect(r.medianRank == r.ranks.map(Double.init))
        #expect(r.rankLow == r.rankHigh)
    }

    @Test func unknownIndicatorInPresetIsRefused() {
        let error = #expect(throws: EntenteError.self) {
            try CompositeIndex.compute(indicators: indicators, preset: .defenceNetworks)
        }
        #expect(error?.message.hasPrefix("Preset 'defence-networks' weighs") == true)
    }
}
