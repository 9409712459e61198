import EntenteCore
import EntenteData

/// A store table that mirrors one bundled CSV file column for column, with a declared type per
/// column that is checked on load.
///
/// Most sources are stored as they are published, so a researcher can query the store with SQL and
/// find the columns the codebook names; only states, memberships and activities are reshaped into
/// Entente's own tables (see ``StoreBuilder``).
struct MirrorTable: Sendable {
    enum ColumnType: String, Sendable {
        case integer = "INTEGER", real = "REAL", text = "TEXT", date = "DATE"
    }

    let table: String
    let file: String
    let source: String
    let defaultType: ColumnType
    let overrides: [String: ColumnType]
    let indexes: [[String]]

    init(
        _ table: String, _ file: String, source: String, defaultType: ColumnType = .integer,
        overrides: [String: ColumnType] = [:], indexes: [[String]] = []
    ) {
        self.table = table
        self.file = file
        self.source = source
        self.defaultType = defaultType
        self.overrides = overrides
        self.indexes = indexes
    }

    func type(of column: String) -> ColumnType { overrides[column] ?? defaultType }

    /// A CSV header turned into a lower snake_case SQL name (`s.year` → `s_year`, `Nbr.` → `nbr`).
    static func columnName(_ header: String) -> String {
        var name = ""
        var lastWasUnderscore = false
        for scalar in header.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                name.unicodeScalars.append(scalar)
                lastWasUnderscore = false
            } else if !lastWasUnderscore && !name.isEmpty {
                name += "_"
                lastWasUnderscore = true
            }
        }
        while name.hasSuffix("_") { name.removeLast() }
        if let first = name.first, first.isNumber { name = "c_" + name }
        return name
    }

    func createStatement(header: [String]) -> String {
        let columns = header.map { "\(MirrorTable.columnName($0)) \(sqlType(type(of: $0)))" }
        return "CREATE TABLE \(table) (" + columns.joined(separator: ", ") + ")"
    }

    func indexStatements() -> [String] {
        indexes.map { columns in
            "CREATE INDEX \(table)_\(columns.joined(separator: "_")) ON \(table)(\(columns.joined(separator: ", ")))"
        }
    }

    private func sqlType(_ type: ColumnType) -> String {
        type == .date ? "TEXT" : type.rawValue
    }
}

extension MirrorTable {
    /// Every bundled file stored as it is published.
    static let all: [MirrorTable] = [
        MirrorTable(
            "cow_state_spell", "datasets/cow_states/cow_states_v2024.csv", source: "cow-states-2024",
            overrides: ["stateabb": .text, "statenme": .text], indexes: [["ccode"]]),
        MirrorTable("cow_major_power", "datasets/cow_states/cow_major_powers_v2016.csv", source: "cow-majors-2016"),
        MirrorTable(
            "maoz_power", "datasets/cow_states/maoz_regional_global_powers.csv", source: "maoz-powers",
            defaultType: .date, overrides: ["ccode": .integer]),
        MirrorTable(
            "code_crosswalk", "datasets/country_codes/cow_gw_iso_crosswalk_derived.csv", source: "code-crosswalk",
            defaultType: .text, overrides: ["ccode": .integer, "cow_first_year": .integer, "cow_last_year": .integer]),
        MirrorTable(
            "iso_country", "datasets/country_codes/iso3166_1_pycountry.csv", source: "code-crosswalk",
            defaultType: .text),
        MirrorTable(
            "iso_former_country", "datasets/country_codes/iso3166_3_former_countries_pycountry.csv",
            source: "code-crosswalk", defaultType: .text),
        MirrorTable(
            "gw_state", "datasets/gw_states/gw_states_incl_microstates.csv", source: "gw-states",
            overrides: ["gw_abb": .text, "gw_name": .text, "start": .date, "end": .date]),
        MirrorTable(
            "gw_cow_year", "datasets/gw_states/cow_gw_state_year_crosswalk.csv", source: "gw-states",
            overrides: ["stateabb": .text, "gw_name": .text, "cw_name": .text], indexes: [["gwcode", "year"]]),
        MirrorTable(
            "igo_spell", "datasets/cow_igo_v3/igo_membership_spells.csv", source: "cow-igo-3",
            overrides: ["ioname": .text, "state": .text], indexes: [["ioname"], ["ccode"]]),
        MirrorTable(
            "igo", "datasets/cow_igo_v3/igo_list.csv", source: "cow-igo-3",
            overrides: ["ioname": .text, "orgname": .text, "longorgname": .text, "version": .real]),
        MirrorTable(
            "igo_count", "datasets/cow_igo_v3/igo_counts_state_year.csv", source: "cow-igo-3",
            indexes: [["ccode", "year"]]),
        MirrorTable(
            "iigo_membership", "datasets/informal_igos/iigo2_memberships.csv", source: "iigo-2",
            defaultType: .text, overrides: ["Begin": .integer, "End": .integer]),
        MirrorTable(
            "iigo", "datasets/informal_igos/iigo2_organizations.csv", source: "iigo-2",
            overrides: ["igoID": .text, "Title": .text, "Domain": .text, "Follow-on IGO": .text]),
        MirrorTable(
            "migo_spell", "datasets/informal_igos/migo_membership_spells.csv", source: "migo",
            overrides: ["igoID": .text, "stateID": .text, "StateName": .text]),
        MirrorTable(
            "atop_ddyr", "datasets/atop/atop5_1_directed_dyad_year.csv", source: "atop-5.1",
            indexes: [["year", "ccode1"], ["ccode1", "year"]]),
        MirrorTable(
            "atop_member", "datasets/atop/atop4_01_member_level.csv", source: "atop-4.01",
            overrides: ["version": .real], indexes: [["member"], ["atopid"]]),
        MirrorTable(
            "atop_alliance", "datasets/atop/atop4_01_alliance_level.csv", source: "atop-4.01",
            overrides: ["version": .real], indexes: [["atopid"]]),
        MirrorTable(
            "nmc", "datasets/cow_nmc_v7/nmc_v7_state_year.csv", source: "cow-nmc-7",
            overrides: [
                "cinc": .real, "milex": .real, "milper": .real, "irst": .real, "pec": .real, "tpop": .real,
                "upop": .real,
            ],
            indexes: [["year", "ccode"]]),
        MirrorTable(
            "mid_dispute", "datasets/cow_mid_v5/mid5_disputes.csv", source: "cow-mid-5", indexes: [["dispnum"]]),
        MirrorTable(
            "mid_dyad_year", "datasets/cow_mid_v5/mid5_directed_dyad_year.csv", source: "cow-mid-5",
            indexes: [["year"], ["ccode1", "year"]]),
        MirrorTable(
            "war_dyad_year", "datasets/cow_wars/interstate_war_directed_dyad_year.csv", source: "cow-war-4",
            indexes: [["year"]]),
        MirrorTable(
            "ucdp_conflict_year", "datasets/ucdp_acd/ucdp_prio_acd_conflict_year.csv", source: "ucdp-acd-25.1",
            overrides: [
                "incompatibility": .text, "type_of_conflict": .text, "start_date": .date, "start_date2": .date,
                "ep_end_date": .date, "gwno_a": .text, "gwno_a_2nd": .text, "gwno_b": .text, "gwno_b_2nd": .text,
            ],
            indexes: [["year"]]),
        MirrorTable(
            "rivalry", "datasets/rivalries/thompson_dreyer_strategic_rivalries.csv", source: "td-rivalries",
            overrides: ["rivalryname": .text, "region": .text, "type1": .text, "type2": .text, "type3": .text]),
        MirrorTable(
            "contiguity", "datasets/cow_contiguity_v3_2/contdir.csv", source: "cow-contiguity-3.2",
            overrides: ["statelab": .text, "statehab": .text, "notes": .text, "version": .real]),
        MirrorTable(
            "cow_capital", "datasets/capitals/cow_capitals.csv", source: "capitals",
            overrides: [
                "statenme": .text, "capital": .text, "stdate": .date, "enddate": .date, "lat": .real, "lng": .real,
            ]),
        MirrorTable(
            "gw_capital", "datasets/capitals/gw_capitals.csv", source: "capitals",
            overrides: [
                "statenme": .text, "capital": .text, "stdate": .date, "enddate": .date, "lat": .real, "lng": .real,
            ]),
        MirrorTable(
            "centroid", "datasets/capitals/country_centroids_360info_allpolys.csv", source: "centroids-360info",
            defaultType: .text, overrides: ["lat": .real, "lon": .real]),
        MirrorTable(
            "centroid_largest_polygon", "datasets/capitals/country_centroids_360info_largestpoly.csv",
            source: "centroids-360info", defaultType: .text, overrides: ["lat": .real, "lon": .real]),
        MirrorTable(
            "un_vote", "datasets/un_votes/un_votes.csv", source: "un-votes",
            overrides: ["country_code": .text, "vote": .text], indexes: [["rcid"], ["country_code"]]),
        MirrorTable("un_country", "datasets/un_votes/un_votes_countries.csv", source: "un-votes", defaultType: .text),
        MirrorTable(
            "un_roll_call", "datasets/un_votes/un_roll_calls.csv", source: "un-votes",
            overrides: ["date": .date, "unres": .text, "short": .text, "descr": .text], indexes: [["rcid"]]),
        MirrorTable(
            "un_roll_call_issue", "datasets/un_votes/un_roll_call_issues.csv", source: "un-votes",
            overrides: ["short_name": .text, "issue": .text], indexes: [["rcid"]]),
        MirrorTable(
            "unsc_veto", "datasets/unsc_vetoes/unsc_vetoes_1946_sept2022.csv", source: "unsc-vetoes",
            overrides: [
                "date": .text, "draft": .text, "meeting_record": .text, "agenda_item": .text, "crisis_topic": .text,
                "region": .text, "member_veto1": .text, "member_veto2": .text, "member_veto3": .text,
            ]),
        MirrorTable(
            "democracy", "datasets/democracy/vdem_uds_state_year.csv", source: "vdem-uds",
            overrides: ["euds": .real, "aeuds": .real, "v2x_polyarchy": .real], indexes: [["year", "ccode"]]),
    ]
}
