import EntenteNetwork

/// The columns of the defence-diplomacy groups, and the detail columns `exercises` adds after
/// `mme_exercises`.
extension PanelGroup {
    static let obligationTypes = [
        ("defense", "defense"), ("offense", "offense"), ("neutral", "neutrality"), ("nonagg", "non-aggression"),
        ("consul", "consultation"),
    ]

    /// MME's exercise flags as columns, in ``PanelDiplomacyYear/detailWidth`` order.
    private static let exerciseDetails = [
        ("land", "flagged Land (ground forces)"), ("sea", "flagged Sea (naval forces)"),
        ("air", "flagged Air (air forces)"), ("amphibious", "flagged Amphibious"), ("cyber", "flagged Cyber"),
        ("cpx", "flagged CPX (command-post exercise, staffs without troops)"),
        (
            "multidomain",
            "flagged in at least two of Land, Sea, Air, Amphibious and Cyber (CPX is a format, not a domain)"
        ),
        ("multilateral", "with three or more participating states (observers and non-state participants not counted)"),
    ]

    static func exerciseDetailColumns(dyadic: Bool) -> [PanelColumnSpec] {
        let whose = dyadic ? "the two's joint MME exercises in the year" : "the state's MME exercises in the year"
        return exerciseDetails.map { key, meaning in PanelColumnSpec("mme_\(key)", "number of \(whose) \(meaning)") }
            + [
                PanelColumnSpec(
                    "mme_multilateral_share", real: true,
                    "mme_multilateral / mme_exercises: share of \(whose) with three or more participating states; "
                        + "missing when there was none")
            ]
    }

    func diplomacyDyadColumns(directed: Bool) -> [PanelColumnSpec] {
        switch self {
        case .rivalExercises:
            let rivals = "a state in a Thompson–Dreyer strategic rivalry with"
            return [
                PanelColumnSpec(
                    "rival_ex12",
                    "number of MME exercises in the year in which ccode1 took part together with \(rivals) ccode2 "
                        + "(each exercise once, however many rivals took part)"),
                PanelColumnSpec(
                    "rival_ex21",
                    "number of MME exercises in the year in which ccode2 took part together with \(rivals) ccode1"),
            ]
        case .securityOrgs:
            return [
                PanelColumnSpec(
                    "security_orgs",
                    "number of security organisations both belong to (members or partners) on 31 December: the "
                        + "network layer's list — \(Self.securityOrganisationRule)"),
                PanelColumnSpec(
                    "defence_orgs",
                    "of those, collective-defence organisations (\(Self.defenceOrganisations): weight 1 in the "
                        + "network layer)"),
            ]
        case .obligations:
            // The directed unit's `alliances` columns already hold ccode1 → ccode2.
            let directions =
                directed
                ? [("2to1", "ccode2 owes ccode1")] : [("1to2", "ccode1 owes ccode2"), ("2to1", "ccode2 owes ccode1")]
            return directions.flatMap { suffix, who in
                Self.obligationTypes.map { key, word in
                    PanelColumnSpec(
                        "atop_\(key)_\(suffix)",
                        "1 if \(who) \(word) under an ATOP alliance in force in the year (ATOP's directed rows); 0 if not"
                    )
                }
            }
        case .regimes:
            return ["1", "2"].flatMap { side in
                Self.regimeColumns.map { name, treaty in
                    PanelColumnSpec("\(name)\(side)", "ccode\(side)'s \(treaty) status \(Self.regimeRule)")
                }
            }
        case .treatyDays:
            return [
                PanelColumnSpec(
                    "common_treaty_days",
                    "days of the year on which both were members of at least one common ATOP alliance (ATOP 4.01 "
                        + "member-level entry and exit days, the exit day included; an unknown day or month is the "
                        + "first of the period at entry and the last at exit; days under several alliances count "
                        + "once; ATOP codes alliances of any obligation type, consultation pacts included)")
            ]
        default: return []
        }
    }

    var diplomacyStateColumns: [PanelColumnSpec] {
        switch self {
        case .securityOrgs:
            return [
                PanelColumnSpec(
                    "security_orgs",
                    "number of security organisations the state belongs to (member or partner) on 31 December: "
                        + Self.securityOrganisationRule),
                PanelColumnSpec(
                    "defence_orgs", "of those, collective-defence organisations (\(Self.defenceOrganisations))"),
            ]
        case .obligations:
            return Self.obligationTypes.map { key, word in
                PanelColumnSpec(
                    "atop_\(key)_owed",
                    "number of states that owe the state \(word) under ATOP alliances in force in the year (the "
                        + "reverse of atop_\(key)_partners)")
            }
        case .regimes:
            return Self.regimeColumns.map { name, treaty in
                PanelColumnSpec(name, "\(treaty) status \(Self.regimeRule)")
            }
        case .treatyDays:
            return [
                PanelColumnSpec(
                    "alliance_days",
                    "days of the year on which the state was a member of at least one ATOP alliance (ATOP 4.01 "
                        + "member-level entry and exit days, as common_treaty_days)")
            ]
        default: return []
        }
    }

    /// The `state-day` columns of the day-precise groups.
    var dayColumns: [PanelColumnSpec] {
        switch self {
        case .securityOrgs:
            return [
                PanelColumnSpec(
                    "security_orgs",
                    "number of security organisations the state belongs to (member or partner) on the day: "
                        + Self.securityOrganisationRule),
                PanelColumnSpec(
                    "defence_orgs", "of those, collective-defence organisations (\(Self.defenceOrganisations))"),
            ]
        case .regimes:
            return Self.regimeColumns.map { name, treaty in
                PanelColumnSpec(name, "\(treaty) status on the day: " + Self.regimeCodes)
            }
        case .treatyDays:
            return [
                PanelColumnSpec(
                    "atop_alliances",
                    "number of ATOP alliances of which the state is a member on the day (ATOP 4.01 member-level "
                        + "entry and exit days, the exit day included; an unknown day or month is the first of the "
                        + "period at entry and the last at exit)")
            ]
        default: return []
        }
    }

    private static let regimeColumns = [
        ("npt", "Non-Proliferation Treaty (NPT)"), ("ctbt", "Comprehensive Nuclear-Test-Ban Treaty (CTBT)"),
        ("tac", "Treaty of Amity and Cooperation in Southeast Asia (TAC)"),
    ]

    private static let regimeRule = "on 31 December of the year: " + regimeCodes

    private static let regimeCodes =
        "2 party (instrument deposited; for the CTBT, not in force, ratified), 1 signatory not yet a party, "
        + "0 neither (never signed, or withdrawn; a state absent from the complete curated roster is 0); "
        + "missing when the record gives no date to place the day"

    /// The network layer's list (`WorldLayers.Options.defaultOrganisations`), named in the codebook.
    private static var securityOrganisationRule: String {
        WorldLayers.Options.defaultOrganisations.joined(separator: ", ")
            + " (the AU with the OAU's rows before 2002, LAS with COW IGO's LOAS); economic, technical and "
            + "universal bodies (the UN family) are left out, as a tie every state shares says nothing about "
            + "defence diplomacy; spells from COW IGO v3 (yearly) and, where the knowledge base curates a "
            + "roster, the curated day-precise spells; spells whose start is unknown are not counted"
    }

    /// The collective-defence bodies: weight 1 in the network layer's organisation weights.
    private static var defenceOrganisations: String {
        WorldLayers.Options.defaultOrganisations.filter {
            (WorldLayers.Options.defaultOrganisationWeights[$0] ?? 0) >= 1
        }.joined(separator: ", ")
    }
}
