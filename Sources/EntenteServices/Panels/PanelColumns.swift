/// One column a group contributes: its name, whether it holds reals, and what it means.
struct PanelColumnSpec: Sendable {
    let name: String
    let isReal: Bool
    let meaning: String

    init(_ name: String, real: Bool = false, _ meaning: String) {
        self.name = name
        self.isReal = real
        self.meaning = meaning
    }
}

extension PanelGroup {
    /// The columns the group adds for a unit, in output order.
    func columns(for unit: PanelUnit) -> [PanelColumnSpec] {
        switch unit {
        case .dyadYear, .directedDyadYear: dyadColumns(directed: unit == .directedDyadYear)
        case .stateYear: stateColumns
        case .stateDay: dayColumns
        }
    }

    private func dyadColumns(directed: Bool) -> [PanelColumnSpec] {
        let either =
            directed
            ? "ccode1 owes ccode2 the obligation under an ATOP alliance in force in the year (ATOP's directed rows)"
            : "either state owes the other the obligation under an ATOP alliance in force in the year"
        switch self {
        case .alliances:
            return Self.obligationTypes.map { key, word in
                PanelColumnSpec("atop_\(key)", "1 if \(either), \(word); 0 if not")
            }
        case .disputes:
            return [
                PanelColumnSpec("mid_onset", "1 if a militarized interstate dispute between the two began in the year"),
                PanelColumnSpec("mid_ongoing", "1 if the two were on opposite sides of a MID ongoing in the year"),
                PanelColumnSpec(
                    "mid_hostlev", "highest hostility level (1–5) either reached in their MIDs of the year; 0 if none"),
            ]
        case .wars:
            return [
                PanelColumnSpec("war_onset", "1 if an inter-state war between the two began in the year"),
                PanelColumnSpec("war_ongoing", "1 if the two fought each other in an inter-state war in the year"),
            ]
        case .contiguity:
            return [
                PanelColumnSpec(
                    "conttype",
                    "closest COW direct contiguity in force in the year: 1 land or river border, 2–5 separated by "
                        + "≤12, ≤24, ≤150, ≤400 miles of water; 0 none of these")
            ]
        case .distance:
            return [
                PanelColumnSpec(
                    "capdist_km", real: true,
                    "great-circle distance between the capitals in force on 1 July of the year, km (haversine, "
                        + "Earth radius 6371.0088 km)")
            ]
        case .capabilities:
            return [
                PanelColumnSpec("cinc1", real: true, "CINC of ccode1"),
                PanelColumnSpec("cinc2", real: true, "CINC of ccode2"),
                PanelColumnSpec(
                    "cinc_ratio", real: true, "stronger state's CINC divided by the weaker's (missing if either is 0)"),
            ]
        case .majors:
            return [
                PanelColumnSpec("major1", "1 if ccode1 is a COW major power in the year"),
                PanelColumnSpec("major2", "1 if ccode2 is a COW major power in the year"),
            ]
        case .democracy:
            return [
                PanelColumnSpec("polyarchy1", real: true, "V-Dem electoral democracy index (v2x_polyarchy) of ccode1"),
                PanelColumnSpec("polyarchy2", real: true, "V-Dem electoral democracy index (v2x_polyarchy) of ccode2"),
                PanelColumnSpec("euds1", real: true, "extended Unified Democracy Score of ccode1"),
                PanelColumnSpec("euds2", real: true, "extended Unified Democracy Score of ccode2"),
            ]
        case .rivalries:
            return [
                PanelColumnSpec(
                    "strategic_rivalry", "1 if the two are in a Thompson–Dreyer strategic rivalry in the year")
            ]
        case .igos:
            return [PanelColumnSpec("shared_igos", "number of IGOs in which both are full members in the year")]
        case .exercises:
            return [
                PanelColumnSpec(
                    "mme_exercises", "number of MME multinational exercises in the year with both participating")
            ] + Self.exerciseDetailColumns(dyadic: true)
        case .agreements:
            return [
                PanelColumnSpec(
                    "agreements",
                    "number of recorded defence agreements signed or entering into force in the year with both as "
                        + "parties (curated, partial: 0 = none recorded)")
            ]
        case .affinity:
            return [
                PanelColumnSpec(
                    "un_common_votes", "UN General Assembly roll calls of the year both voted in (yes/abstain/no)"),
                PanelColumnSpec("un_s", real: true, "Signorino–Ritter S of the year's votes (EntenteNetwork Affinity)"),
                PanelColumnSpec("un_kappa", real: true, "Cohen's kappa of the year's votes"),
                PanelColumnSpec("un_pi", real: true, "Scott's pi of the year's votes"),
            ]
        case .peaceYears: return Self.peaceYearColumns("the dyad")
        case .rivalExercises, .securityOrgs, .obligations, .regimes, .treatyDays:
            return diplomacyDyadColumns(directed: directed)
        }
    }

    private var stateColumns: [PanelColumnSpec] {
        switch self {
        case .alliances:
            return Self.obligationTypes.map { key, word in
                PanelColumnSpec("atop_\(key)_partners", "number of states the state owes \(word) under ATOP alliances")
            }
        case .disputes:
            return [
                PanelColumnSpec("mid_onsets", "number of MIDs the state entered that began in the year"),
                PanelColumnSpec("mid_ongoing", "number of MIDs the state was in during the year"),
            ]
        case .wars:
            return [
                PanelColumnSpec("war_onsets", "number of inter-state wars the state entered that began in the year"),
                PanelColumnSpec("war_ongoing", "number of inter-state wars the state fought in the year"),
            ]
        case .contiguity:
            return [
                PanelColumnSpec("land_neighbours", "states contiguous by land or river (COW type 1)"),
                PanelColumnSpec("neighbours_400mi", "states contiguous by land or ≤400 miles of water (COW types 1–5)"),
            ]
        case .capabilities:
            return [
                ("cinc", "Composite Index of National Capability"),
                ("milex", "military expenditure (thousands; £ 1816–1913, current US$ from 1914)"),
                ("milper", "military personnel (thousands)"), ("irst", "iron and steel production (thousand tons)"),
                ("pec", "primary energy consumption (thousand coal-ton equivalents)"),
                ("tpop", "total population (thousands)"), ("upop", "urban population (thousands)"),
            ].map {
                PanelColumnSpec($0.0, real: true, $0.1)
            }
        case .majors: return [PanelColumnSpec("major", "1 if a COW major power in the year")]
        case .democracy:
            return [
                PanelColumnSpec("v2x_polyarchy", real: true, "V-Dem electoral democracy index (0–1)"),
                PanelColumnSpec("euds", real: true, "extended Unified Democracy Score"),
                PanelColumnSpec("aeuds", real: true, "adjusted extended UDS (0 = average democracy cut-point)"),
            ]
        case .rivalries: return [PanelColumnSpec("strategic_rivalries", "number of ongoing strategic rivalries")]
        case .igos: return [PanelColumnSpec("igos", "number of IGOs of which the state is a full member")]
        case .exercises:
            return [PanelColumnSpec("mme_exercises", "number of MME exercises the state took part in")]
                + Self.exerciseDetailColumns(dyadic: false)
        case .agreements:
            return [
                PanelColumnSpec(
                    "agreements",
                    "recorded defence agreements signed or entering into force (partial: 0 = none recorded)")
            ]
        case .peaceYears: return Self.peaceYearColumns("the state")
        case .securityOrgs, .obligations, .regimes, .treatyDays: return diplomacyStateColumns
        case .distance, .affinity, .rivalExercises: return []
        }
    }

    private static func peaceYearColumns(_ who: String) -> [PanelColumnSpec] {
        [
            PanelColumnSpec(
                "peace_years",
                "years since \(who)'s last MID onset before this year (BTSCS spell counter: 0 in the year after an "
                    + "onset and in the first year both are in the system, or 1816; an onset year holds the spell "
                    + "that ends in it)"),
            PanelColumnSpec("peace_years2", "peace_years squared (Carter and Signorino 2010 cubic)"),
            PanelColumnSpec("peace_years3", "peace_years cubed (Carter and Signorino 2010 cubic)"),
        ]
    }
}
