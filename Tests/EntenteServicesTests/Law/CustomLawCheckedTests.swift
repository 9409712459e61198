import EntenteCore
import EntenteLaw
import EntenteRender
import EntenteServices
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// Issue 10, wired through the services and renderers: rule files are validated as strictly as
/// situations (unknown States refused with file, line and a suggestion), organisation groups are
/// expanded from the knowledge base, and every condition reaches the answer with its provision and
/// the facts it used. Each test fails if the wiring is removed.
struct CustomLawCheckedTests {
    static func services() async throws -> Services {
        Services(store: try await BundledStore.store())
    }

    static let unknownState = """
        question: customary_law
        rule: r
        as_of: 1990
        states: [USA, GBR]
        practice:
          - {state: USA, year: 1970, conforming: true}
          - {state: Atlantis, year: 1971, conforming: true}
        """

    /// `entente law assess` and the API answer rule files through `assess(document:)`.
    @Test func assessDocumentRefusesAnUnknownStateWithItsLine() async throws {
        do {
            _ = try await Self.services().assess(document: Self.unknownState, file: "rule.yaml")
            Issue.record("a rule naming an unknown State was judged")
        } catch let error as EntenteError {
            #expect(error.code == .unknownState)
            #expect(error.message.contains("rule.yaml:7: practice[1].state"), "\(error.message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    /// `entente law custom --from-data` and the dashboard read rules through `customRule(…fromData:)`.
    @Test func customRuleFromTheStoreRefusesAnUnknownState() async throws {
        await #expect(throws: EntenteError.self) {
            _ = try await Self.services().customRule(
                LawFileText(text: Self.unknownState, file: "rule.yaml"), fromData: false)
        }
    }

    /// The file-only path checks States too when it is given a knowledge base.
    @Test func assessCustomWithKnowledgeRefusesAnUnknownState() async throws {
        let knowledge = try await Self.services().lawKnowledge()
        #expect(throws: EntenteError.self) {
            _ = try Services.assessCustom(LawFileText(text: Self.unknownState, file: "rule.yaml"), knowledge: knowledge)
        }
        // Without a knowledge base nothing can be checked; the rule is judged as before.
        #expect(throws: Never.self) {
            _ = try Services.assessCustom(LawFileText(text: Self.unknownState, file: "r.yaml"))
        }
    }

    /// A NATO group in 1995 stands for the rule's States that were members then, per the store.
    @Test func organisationGroupsExpandFromTheStore() async throws {
        let text = """
            question: customary_law
            rule: r
            as_of: 2000
            states: [USA, GBR, POL, RUS]
            opinio_juris:
              - {group: NATO, year: 1995, form: statement}
            """
        let rule = try await Self.services().customRule(LawFileText(text: text, file: "r.yaml"), fromData: false)
        let members = Set(rule.opinio.map(\.state))
        #expect(members.isSuperset(of: ["USA", "GBR"]), "\(members)")
        #expect(!members.contains("RUS"))
        #expect(!members.contains("POL"), "Poland joined NATO in 1999")
    }

    /// The answer names each condition's provision and facts, in data, text, HTML and JSON.
    @Test func reportsCarryProvisionAndFactsPerCondition() async throws {
        let text = """
            question: customary_law
            rule: r
            as_of: 1990
            states: [USA, GBR]
            practice:
              - {state: USA, year: 1970, conforming: true}
            """
        let answer = try await Self.services().assess(document: text, file: "r.yaml")
        guard case .customaryLaw(let report) = answer else {
            Issue.record("not a customary-law answer")
            return
        }
        let practice = try #require(report.conditions.first { $0.code == "GENERAL_PRACTICE" })
        #expect(practice.provision == CustomCondition.provisions["GENERAL_PRACTICE"])
        #expect(practice.facts.contains(CustomFact("states_practising", "USA")))
        let rendered = report.text()
        #expect(rendered.contains("provision: \(practice.provision)"))
        #expect(rendered.contains("facts used: practice_records = 1; states_practising = USA"))
        #expect(report.html().contains("Facts used"))
        let json = try EntenteJSON.string(report)
        #expect(json.contains("\"provision\""))
        #expect(json.contains("\"states_practising\""))
        #expect(try EntenteJSON.decode(CustomLawReport.self, from: Data(json.utf8)) == report)
    }
}
