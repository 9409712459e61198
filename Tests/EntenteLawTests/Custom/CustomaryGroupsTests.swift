import EntenteCore
import EntenteLaw
import Testing

/// Groups of States in customary-law evidence (issue 10). A record may name a group instead of a
/// State: a list the file declares, or an organisation whose members on 31 December of the record's
/// year the knowledge base gives. ILC 2018 Conclusion 7(1): all available practice of each State
/// is counted, so a group's record counts once for each member State.
struct CustomaryGroupsTests {
    static let head = """
        question: customary_law
        rule: notify_exercises
        as_of: 2010
        states: [USA, GBR, FRA, POL, EST, RUS]

        """

    /// A declared group expands without a knowledge base (ILC Conclusion 7(1)).
    @Test func declaredGroupExpandsToItsStates_Conclusion7() throws {
        let text =
            Self.head + "groups:\n  western: [USA, GBR, FRA]\n"
            + "practice:\n  - {group: western, year: 1995, conforming: true}\n"
        let rule = try CustomRule.parse(text, file: "r.yaml")
        #expect(rule.practice.map(\.state).sorted() == ["FRA", "GBR", "USA"])
        #expect(rule.groupExpansions.first?.source == "declared")
        let a = CustomaryLaw.assess(rule)
        #expect(a.table.filter(\.practises).map(\.state).sorted() == ["FRA", "GBR", "USA"])
        #expect(a.explanation.contains { $0.contains("western (r.yaml:8) in 1995 stands for 3 of the rule's States") })
    }

    /// An organisation expands to its members as of the record's year (NATO: Poland from 1999,
    /// Estonia from 2004, legal-sources §4.1), read from the knowledge base.
    @Test func organisationExpandsToItsMembersOnTheEvidenceDate() throws {
        let text =
            Self.head + "opinio_juris:\n  - {group: NATO, year: 1995, form: statement}\n"
            + "  - {group: NATO, year: 2005, form: official_publication}\n"
        var rule = try CustomRule.parse(text, file: "r.yaml")
        #expect(rule.opinio.isEmpty, "an organisation waits for the knowledge base")
        try rule.expandGroups(knowledge: knowledge)
        let in1995 = rule.opinio.filter { $0.year == 1995 }.map(\.state).sorted()
        let in2005 = rule.opinio.filter { $0.year == 2005 }.map(\.state).sorted()
        #expect(in1995 == ["FRA", "GBR", "USA"])
        #expect(in2005 == ["EST", "FRA", "GBR", "POL", "USA"])
        #expect(!in2005.contains("RUS"))
        let a = CustomaryLaw.assess(rule)
        #expect(a.explanation.contains { $0.contains("NATO (r.yaml:6) in 1995 stands for 3 of the rule's States") })
    }

    /// Without a knowledge base an organisation's records do not count, and the answer says so.
    @Test func unexpandedOrganisationIsReported() throws {
        let text = Self.head + "practice:\n  - {group: NATO, year: 1995, conforming: true}\n"
        let a = CustomaryLaw.assess(try CustomRule.parse(text, file: "r.yaml"))
        #expect(a.table.allSatisfy { !$0.practises })
        #expect(a.explanation.contains { $0.contains("NATO (r.yaml:6) in 1995: not expanded") })
    }

    /// A misspelt group is refused with its file and line, never silently dropped.
    @Test func unknownGroupIsRefusedWithItsLine() throws {
        let text = Self.head + "practice:\n  - {group: NAT0, year: 1995, conforming: true}\n"
        var rule = try CustomRule.parse(text, file: "r.yaml")
        do {
            try rule.expandGroups(knowledge: knowledge)
            Issue.record("an unknown group was accepted")
        } catch {
            #expect(error.message.contains("r.yaml:6: practice[0].group: \"NAT0\""), "\(error.message)")
        }
    }

    /// Acquiescence by a group (ILC Conclusion 10(3)): each member's silence is a record of its own,
    /// and a member is never counted as acquiescing in its own practice.
    @Test func groupReactionExpandsPerMember_Conclusion10_3() throws {
        let text =
            Self.head + "groups:\n  neighbours: [POL, EST, RUS]\n" + "reactions:\n"
            + "  - {group: neighbours, to: RUS, year: 2008, aware: true, could_react: true, reaction_called_for: true}\n"
        let rule = try CustomRule.parse(text, file: "r.yaml")
        #expect(rule.reactions.map(\.state).sorted() == ["EST", "POL"])
        #expect(rule.reactions.allSatisfy { $0.group == "neighbours" })
    }

    /// A record names a State or a group, not both.
    @Test func stateAndGroupTogetherAreRefused() throws {
        let text = Self.head + "practice:\n  - {state: USA, group: NATO, year: 1995, conforming: true}\n"
        #expect(throws: EntenteError.self) { try CustomRule.parse(text, file: "r.yaml") }
    }
}
