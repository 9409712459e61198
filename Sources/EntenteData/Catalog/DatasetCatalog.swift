public import EntenteCore

/// The sources of every bundled record: what each dataset is, its version, terms and citation.
///
/// The text summarises `DATASETS.md` (which follows the project's `shared/data/SOURCES.md`); the
/// `sources` command prints it and every stored row carries one of these ids.
public enum DatasetCatalog {
    public static let curatedID = "entente-curated"

    public static let sources: [SourceRecord] = [
        SourceRecord(
            id: "cow-states-2024", name: "COW State System Membership", version: "v2024", span: DatasetCoverage(firstYear: 1816, lastYear: 2024),
            terms: "Free for public and academic use with citation (Correlates of War Project).",
            citation:
                "Correlates of War Project. 2025. \"State System Membership List, v2024.\" https://correlatesofwar.org",
            files: ["datasets/cow_states/cow_states_v2024.csv"]),
        SourceRecord(
            id: "cow-majors-2016", name: "COW major powers", version: "v2016", span: DatasetCoverage(firstYear: 1816, lastYear: 2016),
            terms: "Free for public and academic use with citation (Correlates of War Project).",
            citation: "Correlates of War Project. 2017. \"State System Membership List, v2016.\"",
            files: ["datasets/cow_states/cow_major_powers_v2016.csv"]),
        SourceRecord(
            id: "maoz-powers", name: "Maoz regional and global powers", version: "2010", span: DatasetCoverage(firstYear: 1816, lastYear: 2019),
            terms: "Academic data redistributed by the peacesciencer R package; cite the author.",
            citation:
                "Maoz, Zeev. 2010. Networks of Nations: The Evolution, Structure, and Impact of International Networks, 1816–2001. Cambridge University Press.",
            files: ["datasets/cow_states/maoz_regional_global_powers.csv"]),
        SourceRecord(
            id: "code-crosswalk", name: "COW–Gleditsch–Ward–ISO crosswalk (derived by the Entente project)",
            version: "2026",
            span: DatasetCoverage(firstYear: 1816, lastYear: 2024),
            terms: "Derived from COW, Gleditsch–Ward and ISO 3166 code lists; cite those.",
            citation:
                "Entente project, derived from COW State System Membership v2024 and Gleditsch & Ward (1999); ISO 3166-1 via pycountry (LGPL-2.1).",
            files: [
                "datasets/country_codes/cow_gw_iso_crosswalk_derived.csv",
                "datasets/country_codes/iso3166_1_pycountry.csv",
                "datasets/country_codes/iso3166_3_former_countries_pycountry.csv",
            ]),
        SourceRecord(
            id: "gw-states", name: "Gleditsch–Ward independent states", version: "2020 (isard)", span: DatasetCoverage(firstYear: 1816, lastYear: 2020),
            terms: "Academic data; cite the authors and the isard package.",
            citation:
                "Gleditsch, Kristian S., and Michael D. Ward. 1999. \"Interstate System Membership: A Revised List of the Independent States since 1816.\" International Interactions 25: 393–413.",
            files: [
                "datasets/gw_states/gw_states_incl_microstates.csv",
                "datasets/gw_states/cow_gw_state_year_crosswalk.csv",
            ]),
        SourceRecord(
            id: "cow-igo-3", name: "COW Intergovernmental Organizations", version: "v3.0", span: DatasetCoverage(firstYear: 1816, lastYear: 2014),
            terms: "Free for public and academic use with citation (Correlates of War Project).",
            citation:
                "Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W. McManus, and Anne Spencer Jamison. 2020. \"Tracking Organizations in the World: The Correlates of War IGO Version 3.0 Datasets.\" Journal of Peace Research 57(3): 492–503.",
            files: [
                "datasets/cow_igo_v3/igo_membership_spells.csv", "datasets/cow_igo_v3/igo_list.csv",
                "datasets/cow_igo_v3/igo_counts_state_year.csv",
            ]),
        SourceRecord(
            id: "iigo-2", name: "Informal IGOs 2.0", version: "2.0",
            span: DatasetCoverage(firstYear: 1815, lastYear: 2017),
            terms: "Redistributed by manyios (CC BY 4.0); cite the authors.",
            citation:
                "Vabulas, Felicity, and Duncan Snidal. 2021. \"Cooperation under autonomy: Building and analyzing the Informal Intergovernmental Organizations 2.0 dataset.\" Journal of Peace Research 58(4): 859–869.",
            files: ["datasets/informal_igos/iigo2_memberships.csv", "datasets/informal_igos/iigo2_organizations.csv"]),
        SourceRecord(
            id: "migo", name: "Informal and transgovernmental bodies (Roger & Rowan)", version: "2022",
            span: DatasetCoverage(firstYear: 1925, lastYear: 2010),
            terms: "Redistributed by manyios (CC BY 4.0); cite the authors.",
            citation:
                "Roger, Charles B., and Sam S. Rowan. 2022. \"The New Terrain of Global Governance: Mapping Membership in Informal International Organizations.\" Journal of Conflict Resolution 67(6). https://doi.org/10.7910/DVN/8CYXX5",
            files: ["datasets/informal_igos/migo_membership_spells.csv"]),
        SourceRecord(
            id: "atop-5.1", name: "ATOP directed dyad-year", version: "5.1", span: DatasetCoverage(firstYear: 1815, lastYear: 2018),
            terms: "Distributed free by the ATOP project with a request to cite.",
            citation:
                "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. \"Alliance Treaty Obligations and Provisions, 1815–1944.\" International Interactions 28: 237–60. ATOP codebook v5.1.",
            files: ["datasets/atop/atop5_1_directed_dyad_year.csv"]),
        SourceRecord(
            id: "atop-4.01", name: "ATOP member and alliance level (provisions)", version: "4.01",
            span: DatasetCoverage(firstYear: 1815, lastYear: 2016),
            terms: "Distributed free by the ATOP project with a request to cite.",
            citation:
                "Leeds, Brett Ashley, et al. 2002. \"Alliance Treaty Obligations and Provisions, 1815–1944.\" International Interactions 28: 237–60. ATOP codebook v4.01.",
            files: ["datasets/atop/atop4_01_member_level.csv", "datasets/atop/atop4_01_alliance_level.csv"]),
        SourceRecord(
            id: "mme-7", name: "Multinational Military Exercises", version: "v7", span: DatasetCoverage(firstYear: 1980, lastYear: 2010),
            terms: "Harvard Dataverse deposit; cite the authors.",
            citation:
                "D'Orazio, Vito, and Kevin Galambos. 2021. \"Multinational Military Exercises, 1980–2010.\" https://doi.org/10.7910/DVN/KHFODX, Harvard Dataverse, V1.",
            files: ["datasets/mme_v7/mme_v7_exercises_wide.csv", "datasets/mme_v7/mme_v7_participant_year_long.csv"]),
        SourceRecord(
            id: "cow-nmc-7", name: "COW National Material Capabilities", version: "v7.0", span: DatasetCoverage(firstYear: 1816, lastYear: 2022),
            terms: "Free for public and academic use with citation (Correlates of War Project).",
            citation:
                "Singer, J. David, Stuart Bremer, and John Stuckey. 1972. \"Capability Distribution, Uncertainty, and Major Power War, 1820–1965.\" In B. Russett (ed.), Peace, War, and Numbers, 19–48. NMC v7.0.",
            files: ["datasets/cow_nmc_v7/nmc_v7_state_year.csv"]),
        SourceRecord(
            id: "cow-mid-5", name: "Militarized Interstate Disputes", version: "v5.0", span: DatasetCoverage(firstYear: 1816, lastYear: 2014),
            terms: "Free for public and academic use with citation (Correlates of War Project).",
            citation:
                "Palmer, Glenn, et al. 2022. \"The MID5 Dataset, 2011–2014: Procedures, coding rules, and description.\" Conflict Management and Peace Science 39(4): 470–82.",
            files: ["datasets/cow_mid_v5/mid5_disputes.csv", "datasets/cow_mid_v5/mid5_directed_dyad_year.csv"]),
        SourceRecord(
            id: "cow-war-4", name: "COW Inter-State Wars", version: "v4.0", span: DatasetCoverage(firstYear: 1816, lastYear: 2007),
            terms: "Free for public and academic use with citation (Correlates of War Project).",
            citation: "Sarkees, Meredith Reid, and Frank Wayman. 2010. Resort to War: 1816–2007. CQ Press.",
            files: ["datasets/cow_wars/interstate_war_directed_dyad_year.csv"]),
        SourceRecord(
            id: "ucdp-acd-25.1", name: "UCDP/PRIO Armed Conflict Dataset", version: "25.1", span: DatasetCoverage(firstYear: 1946, lastYear: 2024),
            terms: "Free to use with citation (UCDP).",
            citation:
                "Gleditsch, N. P., et al. 2002. \"Armed Conflict 1946–2001: A New Dataset.\" Journal of Peace Research 39(5): 615–637. Davies, S., et al. 2025. Journal of Peace Research 62(4).",
            files: ["datasets/ucdp_acd/ucdp_prio_acd_conflict_year.csv"]),
        SourceRecord(
            id: "td-rivalries", name: "Strategic rivalries", version: "2012", span: DatasetCoverage(firstYear: 1494, lastYear: 2010),
            terms: "Academic data redistributed by peacesciencer; cite the authors.",
            citation: "Thompson, William R., and David Dreyer. 2012. Handbook of International Rivalries. CQ Press.",
            files: ["datasets/rivalries/thompson_dreyer_strategic_rivalries.csv"]),
        SourceRecord(
            id: "cow-contiguity-3.2", name: "COW Direct Contiguity", version: "v3.2", span: DatasetCoverage(firstYear: 1816, lastYear: 2016),
            terms: "Free for public and academic use with citation (Correlates of War Project).",
            citation:
                "Stinnett, Douglas M., et al. 2002. \"The Correlates of War Project Direct Contiguity Data, Version 3.\" Conflict Management and Peace Science 19(2): 58–66.",
            files: ["datasets/cow_contiguity_v3_2/contdir.csv"]),
        SourceRecord(
            id: "capitals", name: "Capitals with coordinates", version: "2024 (peacesciencer)", span: DatasetCoverage(firstYear: 1816, lastYear: 2024),
            terms: "Compiled by S. Miller for peacesciencer; cite the package.",
            citation:
                "Miller, Steven V. 2022. \"peacesciencer: An R Package for Quantitative Peace Science Research.\" Conflict Management and Peace Science 39(6): 755–779.",
            files: ["datasets/capitals/cow_capitals.csv", "datasets/capitals/gw_capitals.csv"]),
        SourceRecord(
            id: "centroids-360info", name: "Country centroids", version: "2024", coverage: "current",
            terms: "CC BY 4.0; acknowledge 360info and geoBoundaries.",
            citation: "360info. 2024. Country centroids (from geoBoundaries). CC BY 4.0.",
            files: [
                "datasets/capitals/country_centroids_360info_allpolys.csv",
                "datasets/capitals/country_centroids_360info_largestpoly.csv",
            ]),
        SourceRecord(
            id: "un-votes", name: "UN General Assembly roll-call votes", version: "unvotes 0.3 (sessions 1–74)",
            span: DatasetCoverage(firstYear: 1946, lastYear: 2020),
            terms: "unvotes package MIT; underlying Dataverse data free with citation.",
            citation:
                "Erik Voeten. 2013. \"Data and Analyses of Voting in the UN General Assembly.\" In Routledge Handbook of International Organization, ed. Bob Reinalda. Voeten, Strezhnev and Bailey, United Nations General Assembly Voting Data, doi:10.7910/DVN/LEJUQZ.",
            files: [
                "datasets/un_votes/un_votes.csv", "datasets/un_votes/un_votes_countries.csv",
                "datasets/un_votes/un_roll_calls.csv", "datasets/un_votes/un_roll_call_issues.csv",
            ]),
        SourceRecord(
            id: "unsc-vetoes", name: "UN Security Council vetoes", version: "Sept 2022", span: DatasetCoverage(firstYear: 1946, lastYear: 2022),
            terms: "MIT (The World Politics Data Lab, 2022).",
            citation:
                "Yordan, Carlos L. / World Politics Data Lab. 2022. Vetoes in the UN Security Council, from the Dag Hammarskjöld Library veto list.",
            files: ["datasets/unsc_vetoes/unsc_vetoes_1946_sept2022.csv"]),
        SourceRecord(
            id: "vdem-uds", name: "V-Dem polyarchy and extended UDS", version: "V-Dem v15; UDS extension",
            span: DatasetCoverage(firstYear: 1816, lastYear: 2025),
            terms: "V-Dem CC BY-SA 4.0; cite V-Dem and the UDS authors.",
            citation:
                "Coppedge, Michael, et al. 2025. \"V-Dem Country-Year Dataset v15.\" doi:10.23696/vdemds25. Marquez, Xavier. 2016. \"A Quick Method for Extending the Unified Democracy Scores.\" doi:10.2139/ssrn.2753830.",
            files: ["datasets/democracy/vdem_uds_state_year.csv"]),
        SourceRecord(
            id: curatedID, name: "Entente curated facts", version: "2026-11", span: DatasetCoverage(firstYear: 1949, lastYear: 2025, completeness: .partial),
            terms: "Entente project (Apache-2.0); each row names its own public source URL and access date.",
            citation:
                "Entente project. 2026. Curated defense-diplomacy facts (NATO, ASEAN, ADMM, ADMM-Plus, NPT, TAC, activities 2011–2025).",
            files: [
                "curated/organisations.csv", "curated/memberships.csv", "curated/treaty_status.csv",
                "curated/activities.csv",
                "curated/obligation_suspensions.csv", "curated/state_aliases.csv",
            ]),
    ]

    /// The source record with an id.
    public static func source(_ id: String) -> SourceRecord? {
        sources.first { $0.id == id }
    }

    /// The typed coverage of a catalogued dataset; a missing id is a programming error.
    public static func span(_ id: String) -> DatasetCoverage {
        guard let span = source(id)?.span else { preconditionFailure("no dated dataset '\(id)' in the catalogue") }
        return span
    }

    /// What the knowledge base covers, dataset by dataset: the one source of every coverage year.
    public static let knowledgeCoverage = KnowledgeCoverage(
        states: span("cow-states-2024"), alliances: span("atop-5.1"), allianceProvisions: span("atop-4.01"),
        exercises: span("mme-7"), curatedActivities: curatedActivities, organisations: span("cow-igo-3"),
        votes: span("un-votes"), capabilities: span("cow-nmc-7"), disputes: span("cow-mid-5"),
        majorPowers: span("cow-majors-2016"))

    /// The curated activity record that continues MME: 2011–2025, partial.
    public static let curatedActivities = DatasetCoverage(firstYear: 2011, lastYear: 2025, completeness: .partial)
}
