import EntenteCore
import EntenteLaw
import EntenteRender
import EntenteServices
import EntenteTestSupport
import Foundation
import Testing

/// The law reports as the front ends show them: text, the one JSON convention, HTML with SVG.
struct LawRenderTests {
    static let lawful = LawFixtures.lawfulSelfDefenceSituation

    static func report(_ extra: String = "") async throws -> AssessmentReport {
        let services = Services(store: try await BundledStore.store())
        return try await services.assess(situationText: lawful + extra, file: "s.yaml")
    }

    /// A customary rule over ten states in two regions, eight practising, all accepting, S4 objecting.
    static func customReport() -> CustomLawReport {
        let states = (0..<10).map { ("S\($0)", $0 < 5 ? "north" : "south") }
        var rule = CustomRule(id: "test", asOf: 2000, states: states)
        for i in [0, 5, 1, 6, 2, 7, 3, 8] {
            rule.practice.append(PracticeRecord(state: "S\(i)", year: 1970, conforming: true))
        }
        for i in 0..<10 { rule.opinio.append(OpinioRecord(state: "S\(i)", year: 1970, form: .statement)) }
        rule.objections = [Objection(state: "S4", since: 1960)]
        return CustomLawReport(CustomaryLaw.assess(rule))
    }

    @Test func jsonReportIsValidJSONWithTheRequiredFields() async throws {
        let report = try await Self.report("\n  necessity_note: \"Quote \\\" and\\nnewline\"")
        let data = Data(try EntenteJSON.string(report).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["outcome"] as? String == report.outcome)
        #expect(object["law_as_of"] as? String == "1990-08-03")
        let conditions = try #require(object["conditions"] as? [[String: Any]])
        #expect(conditions.count == report.conditions.count)
        for c in conditions {
            #expect(
                c["code"] is String && c["status"] is String && c["provision"] is String && c["reasoning"] is String)
            #expect(c["facts_used"] is [[String: Any]])
        }
        #expect(object["explanation"] is [String: Any])
        #expect(object["would_change"] is [[String: Any]])
        #expect(try EntenteJSON.decode(AssessmentReport.self, from: data) == report, "the report reads back")
    }

    @Test func textReportShowsNotesAndTheTree() async throws {
        let text = try await Self.report("\n  necessity_note: No peaceful means were left.").text()
        #expect(text.hasPrefix("Question: self_defence ("))
        #expect(text.contains("Outcome: lawful"))
        #expect(text.contains("necessity = true — No peaceful means were left."))
        #expect(text.contains("- ARMED_ATTACK [met] (requirement; UN Charter Art. 51"))
    }

    @Test func htmlReportEscapesText() async throws {
        let html = try await Self.report(
            "\n  attacker_identity: \"<script>x</script>\"\n  necessity_note: \"a < b & c\""
        ).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("a &lt; b &amp; c"))
    }

    @Test func ruleListingTextShowsProvisionsVersionsAndPresumptions() throws {
        let nato = RuleListing(try #require(LawEngine.shared.ruleBooks(for: .collectiveDefence).first)).text()
        #expect(nato.contains("TREATY_AREA  [requirement] (in force 1952-02-18 to 1962-07-02)"))
        #expect(nato.contains("Protocol on the Accession of Greece and Turkey (1951)"))
        let sd = RuleListing(LawEngine.shared.ruleBooks(for: .selfDefence)[0]).text()
        #expect(sd.contains("SC_MEASURES_TERMINATE_RIGHT  [exception to ARMED_ATTACK]"))
        #expect(sd.contains("uses a presumption"))
    }

    @Test func customaryLawOutputsCarryTheTableSensitivityAndChart() throws {
        let report = Self.customReport()
        let json = try EntenteJSON.string(report)
        #expect(json.contains("\"sensitivity\""))
        #expect(json.contains("\"persistent_objector\" : true"))
        #expect(json.contains("\"outcome\" : \"established\""))
        #expect(json.contains("\"question\" : \"customary_law\""))
        #expect(try EntenteJSON.decode(CustomLawReport.self, from: Data(json.utf8)) == report)
        let html = report.html()
        #expect(html.contains("<svg"))
        #expect(html.contains("tipping point 1/3"))
        #expect(html.contains("internalisation"))
        let text = report.text()
        #expect(text.contains("S4     north"))
        #expect(text.contains("since 1960 exempt"))
    }

    @Test func theChartEscapesNothingItDoesNotWriteAndHandlesNoEvidence() {
        var empty = Self.customReport()
        empty.timeline = []
        let svg = Markup.render([NormLifeCycleChart(empty).svg()])
        #expect(svg.contains("no evidence"))
        let full = Markup.render([NormLifeCycleChart(Self.customReport()).svg()])
        #expect(full.contains("<polyline"))
        #expect(full.contains("stroke-dasharray=\"4 3\""))
    }

    @Test func answersOfEitherKindEncodeAsTheirReport() throws {
        let answer = LawAnswer.customaryLaw(Self.customReport())
        let json = try EntenteJSON.string(answer)
        #expect(try EntenteJSON.decode(LawAnswer.self, from: Data(json.utf8)) == answer)
        #expect(json == (try EntenteJSON.string(Self.customReport())))
    }
}
