import EntenteCore
import EntenteLaw
import Testing

/// A note on any fact, written either way, and "did you mean" for fact names and values.
struct SituationNotesTests {
    @Test func aFactWrittenWithValueAndNoteKeepsBoth() throws {
        let a = try assess(
            .selfDefence,
            "armed_attack_occurred: {value: true, note: \"ICJ judgment para. 51\"}\nnecessity: true")
        let id = try #require(a.facts.schema.id(named: "armed_attack_occurred"))
        #expect(a.facts[truth: id] == .yes)
        #expect(a.facts[note: id] == "ICJ judgment para. 51")
        #expect(AssessmentReport(a).fact(named: "armed_attack_occurred")?.note == "ICJ judgment para. 51")
    }

    @Test func theNoteSuffixStillWorks() throws {
        let a = try assess(.selfDefence, "necessity: true\nnecessity_note: from the record")
        let id = try #require(a.facts.schema.id(named: "necessity"))
        #expect(a.facts[note: id] == "from the record")
    }

    @Test func aNoteOnAStateFactIsKept() throws {
        let a = try assess(.selfDefence, "target_state: {value: IRQ, note: the invading State}")
        let id = try #require(a.facts.schema.id(named: "target_state"))
        #expect(a.facts[note: id] == "the invading State")
        #expect(a.facts.isKnown(id))
    }

    @Test func anUnknownKeyInAnAnnotatedFactIsRefusedWithASuggestion() {
        let error = situationError(
            "question: self_defence\nas_of: 2020-01-01\nfacts:\n  necessity: {valeu: true}")
        #expect(error?.message.contains("bad.yaml:4") == true)
        #expect(error?.message.contains("Did you mean value") == true)
    }

    @Test func aMisspeltChoiceGetsASuggestion() {
        let error = situationError(
            "question: self_defence\nas_of: 2020-01-01\nfacts:\n  self_defence_type: colective")
        #expect(error?.message.contains("Did you mean collective") == true)
        let spaced = situationError(
            "question: sc_authorisation\nas_of: 2020-01-01\nfacts:\n  date: 2020-01-01\n  determination_art39: breach of peace"
        )
        #expect(spaced?.message.contains("Did you mean breach_of_peace") == true)
    }

    @Test func aQuotedTruthIsExplained() {
        let error = situationError("question: self_defence\nas_of: 2020-01-01\nfacts:\n  necessity: \"yes\"")
        #expect(error?.message.contains("without quotes") == true)
    }

    @Test func aNoteOnAnUnknownFactSuggestsTheFact() {
        let error = situationError("question: self_defence\nas_of: 2020-01-01\nfacts:\n  necesity_note: why")
        #expect(error?.message.contains("Did you mean necessity_note") == true)
    }
}
