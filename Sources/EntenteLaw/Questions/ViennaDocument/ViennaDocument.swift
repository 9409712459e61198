public import EntenteCore

/// The facts of the `vienna_document` question (OSCE Vienna Document 2011, Chapters V–VIII).
public enum ViennaDocumentFacts: FactDeclarations {
    /// The schema.
    public static let schema = FactSchema(
        .viennaDocument,
        [activityName, activityType, hostState, inZone].map(\.entry) + LocationFacts.entries
            + [
                startDate, endDate, durationHours, troops, battleTanks, acvs, artillery, airSorties, organised,
                singleCommand, noNotice, notificationGiven, notificationDate, notified42, notifiedByStart,
                observersInvited, communicatedTwoYears,
            ].map(\.entry))

    static let activityName = fact("activity_name", .text, "The activity's name.")
    public static let activityType = fact(
        "activity_type", .choice(["exercise", "amphibious_landing", "parachute_assault", "transfer", "concentration"]),
        "Land-force exercise, amphibious landing, parachute assault, or transfer/concentration of land forces.")
    static let hostState = fact(SharedFacts.hostState)
    public static let inZone = fact(
        "in_zone_of_application", .truth,
        "The activity is in the zone of application (Europe, adjoining sea and air space; Russia west of the Urals).",
        .favours)
    public static let startDate = fact("start_date", .date, "First day of the activity (its law applies).")
    static let endDate = fact("end_date", .date, "Last day of the activity.")
    public static let durationHours = fact("duration_hours", .number(integer: false), "Duration in hours.", .favours)
    public static let troops = fact("troops", .number(integer: true), "Troops, support troops included.", .favours)
    public static let battleTanks = fact("battle_tanks", .number(integer: true), "Battle tanks.", .favours)
    public static let acvs = fact("acvs", .number(integer: true), "Armoured combat vehicles.", .favours)
    public static let artillery = fact(
        "artillery_100mm_plus", .number(integer: true),
        "Artillery pieces, mortars and multiple rocket launchers of 100 mm calibre or more.", .favours)
    static let airSorties = fact(
        "air_sorties", .number(integer: true),
        "Aircraft sorties (helicopters excluded); 200 or more makes the air component notifiable.")
    public static let organised = fact(
        "organised_div_or_two_brigades", .truth,
        "The land forces are organised in a divisional structure or at least two brigades/regiments.", .favours)
    public static let singleCommand = fact(
        "single_operational_command", .truth, "The activity is carried out under a single operational command.",
        .favours)
    public static let noNotice = fact(
        "without_advance_notice_to_troops", .truth, "An alert (snap) activity: the troops had no advance notice.")
    public static let notificationGiven = fact("notification_given", .truth, "The activity was notified.")
    public static let notificationDate = fact("notification_date", .date, "The day of notification.")
    public static let notified42 = fact(
        "notified_42_days_before", .truth,
        "Notified at least 42 days before the start; derived from the dates when absent.",
        derivedFrom: "notification_date and start_date")
    public static let notifiedByStart = fact(
        "notified_by_start", .truth, "Notified no later than the start; derived from the dates when absent.",
        derivedFrom: "notification_date and start_date")
    public static let observersInvited = fact(
        "observers_invited", .truth, "Observers from all participating States were invited.")
    public static let communicatedTwoYears = fact(
        "communicated_two_years_ahead", .truth,
        "The activity was communicated by 15 November two years ahead and put in the annual calendar.")
}

/// OSCE Vienna Document 2011 (legal-sources §6). Politically binding, not a treaty: "breached"
/// means a political commitment was not honoured.
public enum ViennaDocumentRules {
    typealias F = ViennaDocumentFacts

    /// The first day the Vienna Document 2011 applied [verify].
    public static let effective = Day.of(2011, 12, 1)

    static let airborne =
        choice(F.activityType, is: "amphibious_landing") || choice(F.activityType, is: "parachute_assault")
    static let landNotification =
        atLeast(F.troops, 9000) || atLeast(F.battleTanks, 250) || atLeast(F.acvs, 500)
        || atLeast(F.artillery, 250)
    static let landObservation =
        atLeast(F.troops, 13000) || atLeast(F.battleTanks, 300) || atLeast(F.acvs, 500)
        || atLeast(F.artillery, 250)

    /// The rule set.
    public static let ruleSet = RuleSet(
        "vienna_document", title: "OSCE Vienna Document 2011 — Chapters V–VIII", schema: F.schema,
        outcomes: [
            "no_obligation", "notification_required", "notification_and_observation_required",
            "notification_observation_and_advance_communication_required", "breached", "unknown",
        ],
        ranking: [
            ["no_obligation"], ["notification_required"], ["notification_and_observation_required"],
            ["notification_observation_and_advance_communication_required"],
        ]
    ) {
        Requirement(
            "ZONE_OF_APPLICATION", "Vienna Document 2011, zone of application",
            test: fact(F.inZone),
            met: "The activity is in the zone of application.",
            notMet: "The activity is outside the zone of application, so Chapters V–VIII do not apply.",
            unknown: "Whether the activity is in the zone of application is not established.")
        Threshold(
            "NOTIFICATION_THRESHOLD", "Vienna Document 2011, Chapter V (prior notification)",
            appliesWhen: !notMet("ZONE_OF_APPLICATION"),
            test: fact(F.singleCommand)
                && .ifThenElse(
                    airborne, atLeast(F.troops, 3000),
                    .ifThenElse(
                        choice(F.activityType, is: "exercise"), fact(F.organised) && landNotification,
                        landNotification)),
            met: "The activity reaches a notification threshold (9,000 troops, 250 tanks, 500 ACVs or 250 artillery "
                + "pieces; 3,000 troops for an amphibious landing or parachute assault), so the host State notifies it.",
            notMet: "The activity stays below every notification threshold, or is not one activity under a single "
                + "operational command.",
            unknown: "Whether the activity reaches a notification threshold is not established.",
            notApplicable: "Outside the zone of application.")
        Requirement(
            "NOTIFICATION_TIMELY", "Vienna Document 2011, Chapter V (42 days; alert activities at their start)",
            appliesWhen: met("NOTIFICATION_THRESHOLD"),
            test: .ifThenElse(fact(F.noNotice), fact(F.notifiedByStart), fact(F.notified42)),
            met: "The activity was notified in time (42 days ahead, or at the start of an alert activity).",
            notMet: "The activity was not notified in time.",
            unknown: "Whether the activity was notified in time is not established.",
            notApplicable: "No notification is due.")
        Threshold(
            "OBSERVATION_THRESHOLD", "Vienna Document 2011, Chapter VI (observation)",
            appliesWhen: met("NOTIFICATION_THRESHOLD"),
            test: .ifThenElse(airborne, atLeast(F.troops, 3500), landObservation)
                && (unless(F.noNotice) || moreThan(F.durationHours, 72)),
            met: "The activity reaches an observation threshold (13,000 troops, 300 tanks, 500 ACVs or 250 artillery "
                + "pieces; 3,500 for airborne or amphibious), so observers from all participating States are invited.",
            notMet:
                "The activity stays below the observation thresholds (or is an alert activity of 72 hours or less).",
            unknown: "Whether the activity reaches an observation threshold is not established.",
            notApplicable: "The activity is not notifiable.")
        Requirement(
            "OBSERVERS_INVITED", "Vienna Document 2011, Chapter VI",
            appliesWhen: met("OBSERVATION_THRESHOLD"),
            test: fact(F.observersInvited),
            met: "Observers were invited.",
            notMet: "Observers were not invited although the activity reaches the observation threshold.",
            unknown: "Whether observers were invited is not stated.",
            notApplicable: "No observation is due.")
        Threshold(
            "ANNUAL_CAP_THRESHOLD", "Vienna Document 2011, Chapter VIII (constraining provisions)",
            appliesWhen: met("NOTIFICATION_THRESHOLD"),
            test: moreThan(F.troops, 13000) || moreThan(F.battleTanks, 300),
            met: "The activity counts towards the Chapter VIII limits: at most six such activities a calendar year (at "
                + "most three above 25,000 troops or 400 tanks) and at most three at once.",
            notMet: "The activity is below the size the Chapter VIII limits count.",
            unknown: "Whether the activity counts towards the Chapter VIII limits is not established.",
            notApplicable: "The activity is not notifiable.")
        Threshold(
            "TWO_YEAR_COMMUNICATION_THRESHOLD", "Vienna Document 2011, Chapters VII–VIII",
            appliesWhen: met("NOTIFICATION_THRESHOLD"),
            test: moreThan(F.troops, 40000) || moreThan(F.battleTanks, 900),
            met: "Above 40,000 troops or 900 tanks: it must be communicated by 15 November two years ahead and be in "
                + "the annual calendar, and only one such activity is allowed in three calendar years.",
            notMet: "Below 40,000 troops and 900 tanks: no two-year advance communication is due.",
            unknown: "Whether the activity exceeds 40,000 troops or 900 tanks is not established.",
            notApplicable: "The activity is not notifiable.")
        Requirement(
            "COMMUNICATED_TWO_YEARS_AHEAD", "Vienna Document 2011, Chapter VIII",
            appliesWhen: met("TWO_YEAR_COMMUNICATION_THRESHOLD"),
            test: fact(F.communicatedTwoYears),
            met: "The activity was communicated two years ahead and calendared.",
            notMet: "The activity was not communicated two years ahead, so it should not have been carried out.",
            unknown: "Whether the activity was communicated two years ahead is not stated.",
            notApplicable: "No two-year communication is due.")

        Outcome(
            "no_obligation", when: notMet("ZONE_OF_APPLICATION") || notMet("NOTIFICATION_THRESHOLD"),
            because: "The activity is outside the zone or below every threshold, so Chapters V–VIII ask nothing of it.")
        Outcome(
            "breached",
            when: notMet("NOTIFICATION_TIMELY") || notMet("OBSERVERS_INVITED")
                || notMet("COMMUNICATED_TWO_YEARS_AHEAD"),
            because: "An obligation that applies to the activity was not honoured.")
        Outcome(
            "unknown",
            when: any(
                of: [
                    "ZONE_OF_APPLICATION", "NOTIFICATION_THRESHOLD", "OBSERVATION_THRESHOLD",
                    "TWO_YEAR_COMMUNICATION_THRESHOLD",
                ], .unknown),
            because: "Which obligations apply is not established.")
        Outcome(
            "notification_observation_and_advance_communication_required",
            when: met("TWO_YEAR_COMMUNICATION_THRESHOLD"),
            because: "The activity must be notified, observed and communicated two years ahead.")
        Outcome(
            "notification_and_observation_required", when: met("OBSERVATION_THRESHOLD"),
            because: "The activity must be notified 42 days ahead and observers invited.")
        Outcome("notification_required", when: always, because: "The activity must be notified 42 days ahead.")
    }
}

enum ViennaDocumentModule {
    typealias F = ViennaDocumentFacts

    static let module = QuestionModule(
        question: .viennaDocument, schema: F.schema, ruleSets: [ViennaDocumentRules.ruleSet],
        governingFact: F.startDate.id,
        firstDay: (
            ViennaDocumentRules.effective,
            "the Vienna Document 2011 applies from 1 December 2011; earlier versions (1990–1999) are not encoded"
        ),
        derive: { facts, _, _, _ in
            if let start = facts[day: F.startDate] {
                if facts[truth: F.notificationGiven] == .no {
                    if !facts.isKnown(F.notified42) { facts.derive(F.notified42, 0) }
                    if !facts.isKnown(F.notifiedByStart) { facts.derive(F.notifiedByStart, 0) }
                } else if let notified = facts[day: F.notificationDate] {
                    let lead = Int(start.ordinal - notified.ordinal)
                    if !facts.isKnown(F.notified42) { facts.derive(F.notified42, lead >= 42 ? 1 : 0) }
                    if !facts.isKnown(F.notifiedByStart) { facts.derive(F.notifiedByStart, lead >= 0 ? 1 : 0) }
                }
            }
        })
}
