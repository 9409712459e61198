import EntenteCore
import EntenteLaw
import Foundation
import Testing

/// Several acts in one situation: each judged, the whole summarised with the combining rule stated.
struct SeveralActsTests {
    static func load(_ name: String) throws -> Assessment {
        let text = try String(contentsOf: ExamplesTests.folder.appendingPathComponent(name), encoding: .utf8)
        let situation = try Situation.parse(text, file: name, knowledge: knowledge)
        return try LawEngine.shared.assess(situation, knowledge: knowledge)
    }

    // The least favourable act decides under `every` (ARSIWA Art. 20; ICJ Armed Activities (2005) §§42–53).
    @Test func everyActIsJudgedAndTheLeastFavourableDecides() throws {
        let a = try Self.load("ma-01-drc-uganda-before-and-after.yaml")
        let several = try #require(a.severalActs)
        #expect(several.rule == .every)
        #expect(several.acts.map(\.assessment.outcomeLabel) == ["unknown", "invalid_after_withdrawal"])
        #expect(several.deciding == 1)
        #expect(a.outcomeLabel == "invalid_after_withdrawal")
    }

    // One authorising resolution suffices under `any` (UN Charter Arts. 42, 48).
    @Test func anyActSufficesForAlternatives() throws {
        let a = try Self.load("ma-02-gulf-resolutions-any.yaml")
        let several = try #require(a.severalActs)
        #expect(several.rule == .any)
        #expect(several.acts.map(\.assessment.outcomeLabel) == ["adopted_not_authorising", "authorised"])
        #expect(a.outcomeLabel == "authorised")
    }

    // Necessity and proportionality are judged strike by strike (ICJ Oil Platforms (2003) §§73–76).
    @Test func oneUnlawfulStrikeMakesTheWholeUnlawful() throws {
        let a = try Self.load("ma-03-three-strikes-invented.yaml")
        let several = try #require(a.severalActs)
        #expect(several.acts.map(\.assessment.outcomeLabel) == ["lawful", "lawful", "unlawful"])
        #expect(several.acts.map(\.label).last == "strike on unrelated infrastructure")
        let report = AssessmentReport(a)
        let acts = try #require(report.severalActs)
        #expect(acts.rule == "every")
        #expect(acts.statement.contains("least favourable"))
        #expect(acts.acts.filter(\.deciding).map(\.label) == ["strike on unrelated infrastructure"])
        #expect(report.reasoning.contains("strike on unrelated infrastructure"))
        #expect(report.outcome == "unlawful")
        // The report survives a JSON round trip with its acts.
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(AssessmentReport.self, from: data) == report)
    }

    @Test func unrankedOutcomesAreSetAsideUnlessEveryActHasOne() {
        let ranking = [["unlawful"], ["unknown"], ["lawful"]]
        #expect(CombiningRule.every.decidingAct(["not_engaged", "lawful"], ranking: ranking) == 1)
        #expect(CombiningRule.every.decidingAct(["lawful", "unknown", "unlawful"], ranking: ranking) == 2)
        #expect(CombiningRule.any.decidingAct(["unlawful", "unknown", "lawful"], ranking: ranking) == 2)
        #expect(CombiningRule.any.decidingAct(["not_engaged", "not_engaged"], ranking: ranking) == 0)
    }

    @Test func aSituationWithoutActsHasNone() throws {
        let a = try assess(.selfDefence, "necessity: true")
        #expect(a.severalActs == nil)
        #expect(AssessmentReport(a).severalActs == nil)
    }

    static let head = "question: self_defence\nas_of: 2020-01-01\nfacts:\n  necessity: true\n"

    @Test func actsAreValidatedWithLinesAndSuggestions() {
        let unknownKey = situationError(Self.head + "acts:\n  - label: a\n    fatcs: {proportionality: true}\n")
        #expect(unknownKey?.message.contains("acts[0].fatcs: unknown key") == true)
        #expect(unknownKey?.message.contains("Did you mean facts") == true)
        let twice = situationError(Self.head + "acts:\n  - label: a\n  - label: a\n")
        #expect(twice?.message.contains("names two acts") == true)
        let noLabel = situationError(Self.head + "acts:\n  - facts: {proportionality: true}\n")
        #expect(noLabel?.message.contains("label: missing") == true)
        let badFact = situationError(Self.head + "acts:\n  - label: a\n    facts: {proportionalty: true}\n")
        #expect(badFact?.message.contains("Did you mean proportionality") == true)
        let combineAlone = situationError(Self.head + "combine: every\n")
        #expect(combineAlone?.message.contains("without acts") == true)
        let badRule = situationError(Self.head + "combine: all\nacts:\n  - label: a\n")
        #expect(badRule?.message.contains("expected every") == true)
    }
}
