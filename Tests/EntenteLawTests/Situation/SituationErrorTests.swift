import EntenteCore
import EntenteLaw
import Testing

/// Bad situations are refused with a message naming the file, line and field path.
struct SituationErrorTests {
    @Test func unknownQuestion() throws {
        let error = try #require(situationError("question: self_defense\nas_of: 2020-01-01\n"))
        #expect(error.code == .invalidInput)
        #expect(
            error.message.hasPrefix(
                "bad.yaml:1: question: unknown question \"self_defense\"; expected one of self_defence,"))
        #expect(error.message.hasSuffix("Did you mean self_defence?"))
    }

    @Test func wrongChoice() throws {
        let error = try #require(
            situationError("question: self_defence\nas_of: 2020-01-01\nfacts:\n  attack_gravity: big\n"))
        #expect(
            error.message
                == "bad.yaml:4: facts.attack_gravity: expected one of armed_attack, below_armed_attack, found \"big\".")
    }

    @Test func wrongTypeForATruth() throws {
        let error = try #require(
            situationError("question: self_defence\nas_of: 2020-01-01\nfacts:\n  necessity: \"yes\"\n"))
        #expect(
            error.message
                == "bad.yaml:4: facts.necessity: expected true, false or null (without quotes), found \"yes\".")
    }

    @Test func wrongTypeInANestedField() throws {
        let text = "question: sc_authorisation\nas_of: 2020-01-01\nfacts:\n  votes:\n    for: twelve\n"
        let error = try #require(situationError(text))
        #expect(error.message == "bad.yaml:5: facts.votes.for: expected a whole number, found \"twelve\".")
    }

    @Test func hugeNumbersAreRefusedNotTrapped() throws {
        let text = "question: vienna_document\nas_of: 2020-01-01\nfacts:\n  troops: 1e300\n"
        let error = try #require(situationError(text))
        #expect(error.message.hasPrefix("bad.yaml:4: facts.troops: expected a whole number below a trillion, found "))
        let state = try #require(situationError("question: consent\nas_of: 2020-01-01\nfacts:\n  host_state: 1e300\n"))
        #expect(state.message.hasPrefix("bad.yaml:4: facts.host_state: expected a State"))
    }

    @Test func unknownStateWithSuggestion() throws {
        let error = try #require(
            situationError("question: self_defence\nas_of: 2020-01-01\nfacts:\n  acting_state: Kuwayt\n"))
        #expect(error.code == .unknownState)
        #expect(
            error.message == "bad.yaml:4: facts.acting_state: the State \"Kuwayt\" is not known; did you mean Kuwait?")
    }

    @Test func unknownStateInAList() throws {
        let text = "question: self_defence\nas_of: 2020-01-01\nfacts:\n  beneficiary_states: [KWT, Atlantis]\n"
        let error = try #require(situationError(text))
        #expect(error.message.hasPrefix("bad.yaml:4: facts.beneficiary_states[1]: the State \"Atlantis\" is not known"))
    }

    @Test func unknownFactWithSuggestion() throws {
        let error = try #require(
            situationError("question: self_defence\nas_of: 2020-01-01\nfacts:\n  armed_atack_occurred: true\n"))
        #expect(
            error.message
                == "bad.yaml:4: facts.armed_atack_occurred: self_defence has no fact named \"armed_atack_occurred\". Did you mean armed_attack_occurred?"
        )
    }

    @Test func dateThatDoesNotExist() throws {
        let error = try #require(situationError("question: self_defence\nas_of: 2021-02-30\n"))
        #expect(error.code == .invalidDate)
        #expect(
            error.message == "bad.yaml:2: as_of: \"2021-02-30\" is not a date; expected YYYY-MM-DD (a day that exists)."
        )
    }

    @Test func dateOutOfTheSupportedRange() throws {
        let error = try #require(situationError("question: self_defence\nas_of: 1700-01-01\n"))
        #expect(error.code == .invalidDate)
        #expect(error.message.contains("as_of: 1700-01-01 is out of range"))
    }

    @Test func dateBeforeTheTreatyEnteredIntoForce() throws {
        let text =
            "question: collective_defence\nas_of: 1948-01-01\nfacts:\n  treaty: NATO\n  attack_date: 1948-05-01\n"
        let error = try #require(situationError(text))
        #expect(error.code == .invalidDate)
        #expect(
            error.message
                == "facts.attack_date: 1948-05-01 is out of range for collective_defence: the North Atlantic Treaty entered into force on 24 August 1949 (1949-08-24)."
        )
    }

    @Test func viennaDocumentBefore2011() throws {
        let error = try #require(situationError("question: vienna_document\nas_of: 2005-01-01\n"))
        #expect(error.message.hasPrefix("as_of: 2005-01-01 is out of range for vienna_document"))
    }

    @Test func votesExceedingTheCouncilOfTheDay() throws {
        let text =
            "question: sc_authorisation\nas_of: 1950-01-01\nfacts:\n  date: 1950-06-27\n  votes: {for: 9, against: 3}\n"
        let error = try #require(situationError(text))
        #expect(
            error.message
                == "facts.votes: 12 votes recorded, but the Council had 11 members on 1950-06-27 (Art. 23 before the 1965 amendment)."
        )
    }

    @Test func councilSizeContradictingTheCharter() throws {
        let text = "question: sc_authorisation\nas_of: 1950-01-01\nfacts:\n  date: 1950-06-27\n  council_size: 15\n"
        let error = try #require(situationError(text))
        #expect(error.message.hasPrefix("facts.council_size: the Council had 11 members on 1950-06-27"))
    }

    @Test func unknownTreaty() throws {
        let text = "question: collective_defence\nas_of: 2000-01-01\nfacts:\n  treaty: SEATO\n"
        let error = try #require(situationError(text))
        #expect(
            error.message
                == "facts.treaty: unknown treaty \"SEATO\"; expected NATO, ANZUS, Rio (or TIAR), CSTO, or ATOP:<atopid>."
        )
    }

    @Test func unknownTopLevelKey() throws {
        let error = try #require(situationError("question: consent\nas_of: 2020-01-01\nfact: {}\n"))
        #expect(
            error.message
                == "bad.yaml:3: fact: unknown key; a situation has question, as_of, facts, acts, combine, title, description, notes, expected. Did you mean facts or acts?"
        )
    }

    @Test func missingQuestionAndMalformedFile() throws {
        #expect(situationError("as_of: 2020-01-01\n")?.message.hasPrefix("bad.yaml: question: missing") == true)
        #expect(situationError("question: [\n")?.code == .malformedFile)
        #expect(
            situationError("- a\n- b\n")?.message.contains("expected a mapping with question, as_of and facts") == true)
    }

    @Test func jsonSituationsReadLikeYAML() throws {
        let json = """
            {"question": "self_defence", "as_of": "2020-01-01",
             "facts": {"acting_state": "KWT", "armed_attack_occurred": true, "necessity": null, "location": {"lat": 29.3}}}
            """
        let situation = try Situation.parse(json, file: "s.json", knowledge: knowledge)
        #expect(situation.facts[truth: SelfDefenceFacts.armedAttackOccurred] == .yes)
        #expect(situation.facts[truth: SelfDefenceFacts.necessity] == .unknown)
        #expect(situation.facts[state: SelfDefenceFacts.actingState] == CowCode(690))
        let bad = situationError(#"{"question": "self_defence", "as_of": "2020-01-01", "facts": {"necessity": 1}}"#)
        #expect(bad?.message == "bad.yaml:1: facts.necessity: expected true, false or null, found 1.")
    }

    @Test func notesAreKeptForExplanations() throws {
        let a = try assess(.selfDefence, "necessity: true\nnecessity_note: No peaceful means were left.")
        #expect(a.facts[note: SelfDefenceFacts.necessity] == "No peaceful means were left.")
        let report = AssessmentReport(a)
        #expect(report.fact(named: "necessity")?.note == "No peaceful means were left.")
    }

    @Test func templatesParseBackForEveryQuestion() throws {
        for question in Question.allCases {
            let text = SituationTemplate.yaml(for: question)
            let situation = try Situation.parse(text, file: "template.yaml", knowledge: knowledge)
            #expect(situation.question == question)
            let given = situation.facts.schema.facts.filter { situation.facts.wasGiven($0.id) }
            #expect(given.isEmpty, "\(question): template facts are all null")
            #expect(
                text.split(separator: "\n").filter { $0.contains(": null   #") }.count == situation.facts.schema.count)
        }
    }
}
