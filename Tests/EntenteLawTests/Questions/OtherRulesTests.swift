import EntenteCore
import EntenteLaw
import Testing

/// Rules of `regional_enforcement`, `consent` and `vienna_document`.
struct RegionalEnforcementRulesTests {
    static let cases: [(String, String, [String: ConditionStatus], String)] = [
        (
            "peaceful settlement", "action_type: peaceful_settlement\nis_regional_arrangement: true",
            [
                "ENFORCEMENT_ACTION": .notMet, "SC_AUTHORISATION": .notApplicable, "ARMED_ATTACK": .notApplicable,
                "REGIONAL_ARRANGEMENT": .met,
            ], "lawful"
        ),
        (
            "consensual action is not enforcement", "action_type: enforcement\nterritorial_state_consent: true",
            ["TERRITORIAL_CONSENT": .met, "ENFORCEMENT_ACTION": .notMet], "lawful"
        ),
        (
            "authorised and within scope",
            "action_type: enforcement\nsc_authorisation: true\nwithin_authorised_scope: true\nsc_informed_art54: false",
            [
                "ENFORCEMENT_ACTION": .met, "SC_AUTHORISATION": .met, "WITHIN_AUTHORISED_SCOPE": .met,
                "SC_INFORMED_ART54": .notMet,
            ],
            "lawful"
        ),
        (
            "authorised but beyond scope",
            "action_type: enforcement\nsc_authorisation: true\nwithin_authorised_scope: false\narmed_attack_on_acting_states: false",
            ["WITHIN_AUTHORISED_SCOPE": .notMet], "partly_authorised"
        ),
        (
            "ex-post commendation is contested",
            "action_type: enforcement\nsc_authorisation: true\nauthorisation_timing: ex_post",
            ["SC_AUTHORISATION": .contested], "contested"
        ),
        (
            "collective self-defence needs no Art. 53 authorisation",
            "action_type: collective_self_defence\nsc_authorisation: false\narmed_attack_on_acting_states: true",
            ["SC_AUTHORISATION": .notMet, "ARMED_ATTACK": .met, "WITHIN_AUTHORISED_SCOPE": .notApplicable], "lawful"
        ),
        (
            "no basis",
            "action_type: enforcement\nsc_authorisation: false\narmed_attack_on_acting_states: false\nterritorial_state_consent: false",
            [
                "ENFORCEMENT_ACTION": .met, "SC_AUTHORISATION": .notMet, "ARMED_ATTACK": .notMet,
                "TERRITORIAL_CONSENT": .notMet,
            ],
            "no_charter_basis"
        ),
        ("unknown", "action_type: enforcement", ["SC_AUTHORISATION": .unknown], "unknown"),
    ]

    @Test(arguments: cases)
    func rule(_ name: String, _ facts: String, _ statuses: [String: ConditionStatus], _ outcome: String) throws {
        let a = try assess(.regionalEnforcement, facts)
        for (code, status) in statuses { #expect(a[code] == status, "\(name): \(code)") }
        #expect(a.outcomeLabel == outcome, "\(name): outcome")
    }

    @Test func everyConditionIsCovered() {
        let covered = Set(Self.cases.flatMap { $0.2.keys })
        #expect(Set(RegionalEnforcementRules.ruleSet.conditions.map(\.code)).subtracting(covered).isEmpty)
    }
}

struct ConsentRulesTests {
    static let valid = """
        activity_type: exercise
        consent_given: true
        authority_is_government: true
        authority_in_effective_control: true
        internationally_recognised: true
        consent_express: true
        consent_timing: before
        consent_freely_given: true
        activity_within_scope: true
        consent_withdrawn: false
        """

    static let cases: [(String, String, [String: ConditionStatus], String)] = [
        (
            "valid", valid,
            [
                "CONSENT_REQUIRED": .met, "CONSENT_GIVEN": .met, "COMPETENT_AUTHORITY": .met, "CONSENT_EXPRESSED": .met,
                "CONSENT_TIMING": .met, "FREELY_GIVEN": .met, "WITHIN_SCOPE": .met, "NOT_WITHDRAWN": .met,
            ], "valid"
        ),
        (
            "innocent passage needs no consent", "activity_type: innocent_passage",
            ["CONSENT_REQUIRED": .notMet, "CONSENT_GIVEN": .notApplicable], "not_required"
        ),
        (
            "protest shows no consent", "activity_type: stationing\nhost_government_protest: true",
            ["CONSENT_GIVEN": .notMet], "invalid"
        ),
        (
            "sub-State authority",
            valid.replacing("authority_is_government: true", with: "authority_is_government: false"),
            ["COMPETENT_AUTHORITY": .notMet], "invalid"
        ),
        (
            "ousted government without control",
            valid.replacing("authority_in_effective_control: true", with: "authority_in_effective_control: false"),
            ["COMPETENT_AUTHORITY": .contested], "contested"
        ),
        (
            "presumed consent", valid.replacing("consent_express: true", with: "consent_express: false"),
            ["CONSENT_EXPRESSED": .notMet], "invalid"
        ),
        (
            "consent after the fact", valid.replacing("consent_timing: before", with: "consent_timing: after"),
            ["CONSENT_TIMING": .notMet], "invalid"
        ),
        (
            "coerced consent", valid.replacing("consent_freely_given: true", with: "consent_freely_given: false"),
            ["FREELY_GIVEN": .notMet], "invalid"
        ),
        (
            "exceeds scope", valid.replacing("activity_within_scope: true", with: "activity_within_scope: false"),
            ["WITHIN_SCOPE": .notMet], "invalid_exceeded"
        ),
        (
            "outlasts the consent's last day", valid + "\nconsent_scope: {until: 2019-12-31}",
            ["WITHIN_SCOPE": .notMet], "invalid_exceeded"
        ),
        (
            "within the consent's last day", valid + "\nconsent_scope: {until: 2020-06-30}", ["WITHIN_SCOPE": .met],
            "valid"
        ),
        (
            "withdrawn and stayed", valid.replacing("consent_withdrawn: false", with: "withdrawal_date: 2019-06-01"),
            ["NOT_WITHDRAWN": .notMet], "invalid_after_withdrawal"
        ),
        (
            "withdrawn after the activity",
            valid.replacing("consent_withdrawn: false", with: "withdrawal_date: 2020-06-01"),
            ["NOT_WITHDRAWN": .met], "valid"
        ),
    ]

    @Test(arguments: cases)
    func rule(_ name: String, _ facts: String, _ statuses: [String: ConditionStatus], _ outcome: String) throws {
        let a = try assess(.consent, facts)
        for (code, status) in statuses { #expect(a[code] == status, "\(name): \(code)") }
        #expect(a.outcomeLabel == outcome, "\(name): outcome")
    }

    @Test func everyConditionIsCovered() {
        let covered = Set(Self.cases.flatMap { $0.2.keys })
        #expect(Set(ConsentRules.ruleSet.conditions.map(\.code)).subtracting(covered).isEmpty)
    }
}

struct ViennaDocumentRulesTests {
    static let exercise = """
        activity_type: exercise
        in_zone_of_application: true
        start_date: 2020-06-01
        organised_div_or_two_brigades: true
        single_operational_command: true
        without_advance_notice_to_troops: false
        notification_given: true
        notification_date: 2020-04-01
        observers_invited: true
        communicated_two_years_ahead: true
        """

    static let cases: [(String, String, [String: ConditionStatus], String)] = [
        (
            "below thresholds", exercise + "\ntroops: 8999\nbattle_tanks: 100\nacvs: 100\nartillery_100mm_plus: 50",
            ["ZONE_OF_APPLICATION": .met, "NOTIFICATION_THRESHOLD": .notMet, "OBSERVATION_THRESHOLD": .notApplicable],
            "no_obligation"
        ),
        (
            "outside the zone",
            exercise.replacing("in_zone_of_application: true", with: "in_zone_of_application: false")
                + "\ntroops: 20000",
            ["ZONE_OF_APPLICATION": .notMet, "NOTIFICATION_THRESHOLD": .notApplicable], "no_obligation"
        ),
        (
            "9,000 troops: notification",
            exercise + "\ntroops: 9000\nbattle_tanks: 0\nacvs: 0\nartillery_100mm_plus: 0",
            [
                "NOTIFICATION_THRESHOLD": .met, "NOTIFICATION_TIMELY": .met, "OBSERVATION_THRESHOLD": .notMet,
                "ANNUAL_CAP_THRESHOLD": .notMet, "TWO_YEAR_COMMUNICATION_THRESHOLD": .notMet,
                "OBSERVERS_INVITED": .notApplicable, "COMMUNICATED_TWO_YEARS_AHEAD": .notApplicable,
            ], "notification_required"
        ),
        (
            "250 tanks alone: notification",
            exercise + "\ntroops: 2000\nbattle_tanks: 250\nacvs: 0\nartillery_100mm_plus: 0",
            ["NOTIFICATION_THRESHOLD": .met], "notification_required"
        ),
        (
            "amphibious 3,000: notification",
            exercise.replacing("activity_type: exercise", with: "activity_type: amphibious_landing")
                + "\ntroops: 3000\nbattle_tanks: 0",
            ["NOTIFICATION_THRESHOLD": .met, "OBSERVATION_THRESHOLD": .notMet], "notification_required"
        ),
        (
            "13,000 troops: observation",
            exercise + "\ntroops: 13000\nbattle_tanks: 0\nacvs: 0\nartillery_100mm_plus: 0",
            ["OBSERVATION_THRESHOLD": .met, "OBSERVERS_INVITED": .met, "ANNUAL_CAP_THRESHOLD": .notMet],
            "notification_and_observation_required"
        ),
        (
            "observers not invited",
            exercise.replacing("observers_invited: true", with: "observers_invited: false") + "\ntroops: 14000",
            ["OBSERVERS_INVITED": .notMet, "ANNUAL_CAP_THRESHOLD": .met], "breached"
        ),
        (
            "over 40,000: two-year communication", exercise + "\ntroops: 45000",
            ["TWO_YEAR_COMMUNICATION_THRESHOLD": .met, "COMMUNICATED_TWO_YEARS_AHEAD": .met],
            "notification_observation_and_advance_communication_required"
        ),
        (
            "over 40,000 not communicated",
            exercise.replacing("communicated_two_years_ahead: true", with: "communicated_two_years_ahead: false")
                + "\ntroops: 45000", ["COMMUNICATED_TWO_YEARS_AHEAD": .notMet], "breached"
        ),
        (
            "notified 30 days ahead: late", exercise.replacing("2020-04-01", with: "2020-05-02") + "\ntroops: 10000",
            ["NOTIFICATION_TIMELY": .notMet], "breached"
        ),
        (
            "alert activity notified at its start, short",
            exercise.replacing(
                "without_advance_notice_to_troops: false", with: "without_advance_notice_to_troops: true"
            )
            .replacing("2020-04-01", with: "2020-06-01") + "\ntroops: 20000\nbattle_tanks: 0\nduration_hours: 48",
            ["NOTIFICATION_TIMELY": .met, "OBSERVATION_THRESHOLD": .notMet], "notification_required"
        ),
        (
            "alert activity over 72 hours is observed",
            exercise.replacing(
                "without_advance_notice_to_troops: false", with: "without_advance_notice_to_troops: true"
            )
            .replacing("2020-04-01", with: "2020-06-01") + "\ntroops: 20000\nbattle_tanks: 0\nduration_hours: 96",
            ["OBSERVATION_THRESHOLD": .met], "notification_and_observation_required"
        ),
        ("troops unknown", exercise, ["NOTIFICATION_THRESHOLD": .unknown], "unknown"),
    ]

    @Test(arguments: cases)
    func rule(_ name: String, _ facts: String, _ statuses: [String: ConditionStatus], _ outcome: String) throws {
        let a = try assess(.viennaDocument, facts)
        for (code, status) in statuses { #expect(a[code] == status, "\(name): \(code)") }
        #expect(a.outcomeLabel == outcome, "\(name): outcome")
    }

    @Test func everyConditionIsCovered() {
        let covered = Set(Self.cases.flatMap { $0.2.keys })
        #expect(Set(ViennaDocumentRules.ruleSet.conditions.map(\.code)).subtracting(covered).isEmpty)
    }
}
