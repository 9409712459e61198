import EntenteCore

/// The curated records behind `dispute_settlement`, kept as tab-separated tables in source so that
/// the engine reads no file: each row names its source (URL, accessed 2026-11-28) and a note.
///
/// Coverage. Optional-clause declarations (ICJ Statute Art. 36(2), and PCIJ declarations kept by
/// Art. 36(5)): the 73 States the Netherlands treaty database lists as declarants
/// (verdragen.nl, Statute of the ICJ, "Parties with reservations, declarations and objections");
/// the ICJ and the UN Treaty Collection count 74, so one declarant is missing and absence from
/// the list never proves that a State has no declaration. Deposit dates and reservations are
/// curated for 8 of them (Australia, Austria, Barbados, the Dominican Republic, Luxembourg,
/// India, Pakistan; New Zealand's reservations only), with two replaced declarations (India
/// 1974, Pakistan 1960) and five declarations the UN Treaty Collection shows as ended (Bolivia,
/// Brazil, Colombia, El Salvador, France). UNCLOS parties: two deposit dates (Guyana,
/// Suriname) from a secondary source. Everything else answers unknown.
enum DisputeSettlementData {
    /// The day the declarant lists describe: the ICJ's list is stated as of 1 June 2023.
    static let listDay = Day.of(2023, 6, 1)

    /// UNCLOS entered into force on 16 November 1994 (Art. 308(1)).
    static let unclosInForce = Day.of(1994, 11, 16)

    /// Reservation tags as the declarations table writes them.
    enum Reservation: String, Sendable {
        case otherMethod = "other_method"
        case adHocOrTwelveMonths = "ad_hoc_or_12_months"
        case maritimeDelimitation = "maritime_delimitation"
        case maritimeResources = "maritime_resources"
        case commonwealth
        case hostilitiesSelfDefence = "hostilities_self_defence"
        case multilateralTreaty = "multilateral_treaty"
        case afterDate = "after_date"
    }

    /// One optional-clause declaration.
    struct Declaration: Sendable {
        enum Status: String, Sendable {
            case inList = "in_list"
            case replaced
            case ended
        }
        let iso3: String
        let state: String
        let status: Status
        let deposited: Day?
        let until: Day?
        let reservations: [Reservation]
        let reservationsComplete: Bool
        let source: String
        let note: String
    }

    /// One UNCLOS party.
    struct UnclosParty: Sendable {
        let iso3: String
        let state: String
        let deposited: Day
        let source: String
        let note: String

        /// Art. 308(2): in force on the thirtieth day after deposit, not before the Convention.
        var inForce: Day { max(DisputeSettlementData.unclosInForce, deposited.adding(days: 30)) }
    }

    static let declarations: [Declaration] = rows(declarationsTable).map { f in
        Declaration(
            iso3: f[0], state: f[1], status: Declaration.Status(rawValue: f[2])!, deposited: Day(iso: f[3]),
            until: Day(iso: f[4]),
            reservations: f[5].split(separator: " ").map { Reservation(rawValue: String($0))! },
            reservationsComplete: f[6] == "yes", source: f[7], note: f[8])
    }

    static let unclosParties: [UnclosParty] = rows(unclosTable).map { f in
        UnclosParty(iso3: f[0], state: f[1], deposited: Day(iso: f[2])!, source: f[3], note: f[4])
    }

    /// The rows of a table, header dropped; a malformed row is a programming error caught by tests.
    static func rows(_ table: String) -> [[String]] {
        table.split(separator: "\n").dropFirst().map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    static let declarationsTable = """
        iso3	state	status	deposited	until	reservations	reservations_complete	source	note
        AUS	Australia	in_list	2002-03-22		other_method maritime_delimitation ad_hoc_or_12_months	yes	https://verdragen.nl/en/Treaty/Details/006633_b	Text read in full: (a) other agreed method, (b) delimitation of maritime zones and exploitation of disputed areas, (c) ad hoc acceptance or acceptance deposited less than 12 months before the application.
        AUT	Austria	in_list	1971-05-19		other_method	no	https://verdragen.nl/en/Treaty/Details/006633_b	First part of the text read: disputes the parties agreed to settle by other means are excluded; the rest not read.
        BRB	Barbados	in_list	1980-08-01		other_method after_date	no	https://verdragen.nl/en/Treaty/Details/006633_b	First part read: disputes arising after the declaration, other than those for which another method is agreed; the rest not read.
        BEL	Belgium	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        BWA	Botswana	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        BGR	Bulgaria	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        KHM	Cambodia	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        CMR	Cameroon	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        CAN	Canada	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        CRI	Costa Rica	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        CIV	Côte d'Ivoire	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        CYP	Cyprus	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        COD	Democratic Republic of the Congo	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        DNK	Denmark	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        DJI	Djibouti	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        DMA	Dominica	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        DOM	Dominican Republic	in_list	1924-09-30			yes	https://www.icj-cij.org/declarations/do	PCIJ declaration kept in force by ICJ Statute Art. 36(5); reciprocity only, no reservation.
        EGY	Egypt	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        GNQ	Equatorial Guinea	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        EST	Estonia	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        SWZ	Eswatini	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        FIN	Finland	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        GMB	Gambia, The	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        GEO	Georgia	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        DEU	Germany	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        GRC	Greece	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        GIN	Guinea	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        GNB	Guinea-Bissau	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        HTI	Haïti	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        HND	Honduras	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        HUN	Hungary	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        IND	India	in_list	2019-09-27		commonwealth hostilities_self_defence multilateral_treaty	no	https://www.ejiltalk.org/indias-modified-declaration-on-icjs-jurisdiction/	Replaces the 1974 declaration without deleting its text (so its Commonwealth reservation stays); adds hostilities, self-defence and national defence (para. 4) and widens the multilateral-treaty reservation (para. 7).
        IRN	Iran	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        IRL	Ireland	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        JPN	Japan	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        KEN	Kenya	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        LSO	Lesotho	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        LBR	Liberia	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        LIE	Liechtenstein	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        LTU	Lithuania	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        LUX	Luxembourg	in_list	1930-09-15		after_date other_method	yes	https://www.icj-cij.org/declarations/lu	PCIJ declaration (Art. 36(5)); disputes arising after signature about later situations or facts, unless another method is agreed; renewed by periods of five years.
        MDG	Madagascar	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        MWI	Malawi	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        MLT	Malta	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        MHL	Marshall Islands	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        MUS	Mauritius	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        MEX	Mexico	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        NLD	Netherlands, the Kingdom of the	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        NZL	New Zealand	in_list			other_method ad_hoc_or_12_months maritime_resources	no	http://www.paclii.org/pits/en/status_pages/1998-13.html	Reservations read: other agreed method; ad hoc or less-than-12-months acceptances; living resources within 200 nautical miles. Deposit date not verified (the PacLII page gives no reliable date).
        NIC	Nicaragua	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        NGA	Nigeria	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        NOR	Norway	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        PAK	Pakistan	in_list	2017-03-29			no	https://juristpanel.com/2020/04/05/indias-modified-declaration-on-the-jurisdiction-of-the-international-court-of-justice	Replaces the declaration of 12 September 1960; its reservations are not curated here.
        PAN	Panama	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        PRY	Paraguay	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        PER	Peru	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        PHL	Philippines	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        POL	Poland	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        PRT	Portugal	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        ROU	Romania	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        SEN	Senegal	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        SVK	Slovakia	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        SOM	Somalia	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        ESP	Spain	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        SDN	Sudan	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        SUR	Suriname	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        SWE	Sweden	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        CHE	Switzerland	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        TLS	Timor-Leste	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        TGO	Togo	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        UGA	Uganda	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        GBR	United Kingdom	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        URY	Uruguay	in_list				no	https://verdragen.nl/en/Treaty/Details/006633_b	Listed among the declarations in force; deposit date and reservations not curated.
        IND	India	replaced	1974-09-18	2019-09-27	commonwealth multilateral_treaty	no	https://nsarchive.gwu.edu/media/18504/ocr	The ICJ applied its Commonwealth reservation (sub-para. 2 of para. 1) in Aerial Incident of 10 August 1999 (2000); the multilateral-treaty reservation is argued in India's Counter-Memorial (icj-cij.org/index.php/node/104271). Replaced 27 Sept 2019 (EJIL:Talk!).
        PAK	Pakistan	replaced	1960-09-12	2017-03-29		no	https://juristpanel.com/2020/04/05/indias-modified-declaration-on-the-jurisdiction-of-the-international-court-of-justice	Replaced by the declaration of 29 March 2017; reservations not curated.
        BOL	Bolivia	ended				yes	https://treaties.un.org/doc/Publication/MTDSG/Volume%20I/Chapter%20I/I-4.en.xml	Shown in brackets by the UN Treaty Collection: a declaration that was terminated or expired; dates not curated.
        BRA	Brazil	ended				yes	https://treaties.un.org/doc/Publication/MTDSG/Volume%20I/Chapter%20I/I-4.en.xml	Shown in brackets by the UN Treaty Collection: a declaration that was terminated or expired; dates not curated.
        COL	Colombia	ended				yes	https://treaties.un.org/doc/Publication/MTDSG/Volume%20I/Chapter%20I/I-4.en.xml	Shown in brackets by the UN Treaty Collection: a declaration that was terminated or expired; dates not curated.
        SLV	El Salvador	ended				yes	https://treaties.un.org/doc/Publication/MTDSG/Volume%20I/Chapter%20I/I-4.en.xml	Shown in brackets by the UN Treaty Collection: a declaration that was terminated or expired; dates not curated.
        FRA	France	ended				yes	https://treaties.un.org/doc/Publication/MTDSG/Volume%20I/Chapter%20I/I-4.en.xml	Shown in brackets by the UN Treaty Collection: a declaration that was terminated or expired; dates not curated.
        """

    static let unclosTable = """
        iso3	state	deposited	source	note
        GUY	Guyana	1993-11-16	https://customwritings.co/guyana-v-suriname-analysis	Secondary source (a case brief of Guyana v Suriname, 2007); the 60th instrument, which brought UNCLOS into force on 16 November 1994.
        SUR	Suriname	1998-07-09	https://customwritings.co/guyana-v-suriname-analysis	Secondary source (a case brief of Guyana v Suriname, 2007).
        """
}
