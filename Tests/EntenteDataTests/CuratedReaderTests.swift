import EntenteCore
import EntenteData
import Testing

/// The curated file formats: the new statuses, undated memberships, non-state participants,
/// participant-list completeness, and the alias and merge files.
struct CuratedReaderTests {
    let reader = CuratedReader(
        directory: StateDirectory(
            states: [
                StateInfo(
                    cow: CowCode(2), cowAbbreviation: "USA", name: "United States", iso3: "USA", iso2: "US",
                    gleditschWard: [2]),
                StateInfo(
                    cow: CowCode(371), cowAbbreviation: "ARM", name: "Armenia", iso3: "ARM", iso2: "AM",
                    gleditschWard: [371]),
                StateInfo(
                    cow: CowCode(910), cowAbbreviation: "PNG", name: "Papua New Guinea", iso3: "PNG", iso2: "PG",
                    gleditschWard: [910]),
            ]),
        sourceID: "test", otherParties: ["EU", "PSE", "COK"])

    func table(_ text: String) throws -> CSVTable {
        try CSVTable(bytes: Array(text.utf8), fileName: "t.csv")
    }

    @Test func membershipStatusesIncludeDialoguePartnerSuspendedAndFrozen() throws {
        let spells = try reader.memberships(
            try table(
                "org,state,status,start,end\nCSTO,ARM,frozen,2024-02-22,\nSCO,ARM,dialogue_partner,2015-07-10,2025-09-01\nAU,USA,suspended,2020-01-01,\n"
            ))
        #expect(spells.map(\.status) == [.frozen, .dialoguePartner, .suspended])
        let error = #expect(throws: EntenteError.self) {
            try reader.memberships(try table("org,state,status,start,end\nX,USA,sleeping,2020-01-01,\n"))
        }
        #expect(error?.message.contains("dialogue_partner, suspended, frozen") == true)
        #expect(error?.message.contains("'sleeping'") == true)
    }

    @Test func anUndatedMembershipStartsAtTheFoundingWithUnknownPrecision() throws {
        let csv = "org,state,status,start,end\nPIF,PNG,member,,\n"
        let founded = try #require(Day(iso: "1971-08-05"))
        let spells = try reader.memberships(try table(csv), founded: ["PIF": founded])
        #expect(spells.first?.period.start == founded)
        #expect(spells.first?.datePrecision == .unknown)
        // Without a founding day to bound it, an empty start is still an error.
        #expect(throws: EntenteError.self) { try reader.memberships(try table(csv)) }
    }

    @Test func nonStateMembersKeepTheirCode() throws {
        let spells = try reader.memberships(try table("org,state,status,start,end\nUN,PSE,observer,2012-11-29,\n"))
        #expect(spells.first?.state == MembershipSpell.nonState)
        #expect(spells.first?.party == "PSE")
    }

    @Test func activitiesCarryParticipantCompletenessAndDeclaredCount() throws {
        let csv = """
            id,name,kind,start,end,participants,domains,participants_complete,declared_participants,date_precision
            a-2018,A,exercise,2018-06-01,,USA;COK,sea;hadr;maritime_security,false,27,
            b-2019,B,exercise,2019-01-01,2019-08-30,USA,,true,,year
            c-2020,C,exercise,2020-01-01,,USA,,,,

            """
        let activities = try reader.activities(try table(csv))
        #expect(activities[0].participantsComplete == false)
        #expect(activities[0].declaredParticipants == 27)
        #expect(activities[0].otherParticipants == ["COK"])
        #expect(activities[0].domains == ["sea", "hadr", "maritime_security"])
        #expect(activities[1].participantsComplete == true && activities[1].datePrecision == .year)
        #expect(activities[2].participantsComplete == nil && activities[2].declaredParticipants == nil)
        // The columns are optional: a user file without them still reads.
        let plain = try reader.activities(
            try table("id,name,kind,start,end,participants\nd,D,dialogue,2021-05-05,,USA\n"))
        #expect(plain.first?.participantsComplete == nil)
        let bad = #expect(throws: EntenteError.self) {
            try reader.activities(
                try table("id,name,kind,start,end,participants,declared_participants\ne,E,exercise,2021-05-05,,USA,0\n")
            )
        }
        #expect(bad?.message.contains("declared_participants") == true)
    }

    @Test func aliasesAndMergesRead() throws {
        let aliases = try reader.organisationAliases(
            try table("alias,org,language,note\nPerserikatan Bangsa-Bangsa,UN,id,source\nAdmm Plus,admm-plus,en,\n"))
        #expect(aliases.map(\.organisation) == ["UN", "ADMM-PLUS"])
        #expect(OrganisationAlias.matchKey("Perserikatan Bangsa-Bangsa") == "perserikatanbangsabangsa")
        let merges = try reader.organisationMerges(try table("source,dataset_id,org,note\niigo-2,QSD,Quad,\n"))
        #expect(merges.first?.organisation == "QUAD" && merges.first?.datasetID == "QSD")
    }

    @Test func theBundledCuratedFilesCiteASourceOnEveryRow() throws {
        for file in ["curated/memberships.csv", "curated/treaty_status.csv", "curated/activities.csv"] {
            let csv = try BundledData.table(file)
            let url = try #require(csv.column("source_url"))
            let accessed = try #require(csv.column("accessed"))
            for index in csv.rows.indices {
                #expect(!csv.rows[index][url].isEmpty, "\(file):\(csv.lineNumbers[index]) has no source_url")
                #expect(!csv.rows[index][accessed].isEmpty, "\(file):\(csv.lineNumbers[index]) has no access date")
            }
        }
    }
}
