import EntenteCore
import EntenteLaw

/// A small knowledge base for tests: a State table and membership spells copied from the
/// accession dates in legal-sources §§4–5. Test data only; the real data lives in the store.
struct FixtureKnowledge: LawKnowledge {
    static let states: [(Int, String, String)] = [
        (2, "USA", "United States of America"), (20, "CAN", "Canada"), (160, "ARG", "Argentina"),
        (140, "BRA", "Brazil"), (200, "GBR", "United Kingdom"), (210, "NLD", "Netherlands"),
        (211, "BEL", "Belgium"), (220, "FRA", "France"), (255, "DEU", "Germany"),
        (260, "GFR", "German Federal Republic"), (290, "POL", "Poland"), (325, "ITA", "Italy"), (350, "GRC", "Greece"),
        (365, "RUS", "Russia"), (366, "EST", "Estonia"), (369, "UKR", "Ukraine"), (370, "BLR", "Belarus"),
        (371, "ARM", "Armenia"), (375, "FIN", "Finland"), (380, "SWE", "Sweden"), (385, "NOR", "Norway"),
        (490, "COD", "Democratic Republic of the Congo"), (500, "UGA", "Uganda"), (630, "IRN", "Iran"),
        (615, "DZA", "Algeria"), (640, "TUR", "Turkey"), (645, "IRQ", "Iraq"), (652, "SYR", "Syria"),
        (690, "KWT", "Kuwait"), (700, "AFG", "Afghanistan"), (705, "KAZ", "Kazakhstan"), (710, "CHN", "China"),
        (731, "PRK", "North Korea"), (732, "KOR", "South Korea"), (740, "JPN", "Japan"), (750, "IND", "India"),
        (770, "PAK", "Pakistan"), (850, "IDN", "Indonesia"),
        (830, "SGP", "Singapore"), (900, "AUS", "Australia"), (920, "NZL", "New Zealand"),
    ]

    /// (organisation, COW, from, until-exclusive or nil).
    static let spells: [(String, Int, String, String?)] = {
        var spells: [(String, Int, String, String?)] = []
        for cow in [211, 20, 390, 220, 395, 325, 212, 210, 385, 235, 200, 2] {
            spells.append(("NATO", cow, "1949-08-24", nil))
        }
        spells += [
            ("NATO", 350, "1952-02-18", nil), ("NATO", 640, "1952-02-18", nil),
            ("NATO", 260, "1955-05-06", "1990-10-03"),
            ("NATO", 255, "1990-10-03", nil), ("NATO", 290, "1999-03-12", nil), ("NATO", 366, "2004-03-29", nil),
            ("NATO", 375, "2023-04-04", nil), ("NATO", 380, "2024-03-07", nil),
        ]
        for cow in [900, 920, 2] { spells.append(("ANZUS", cow, "1952-04-29", nil)) }
        for cow in [365, 370, 705, 371] { spells.append(("CSTO", cow, "1994-04-20", nil)) }
        for cow in [2, 160, 140] { spells.append(("Rio", cow, "1948-12-03", nil)) }
        spells += [
            ("ATOP:9999", 740, "1960-06-23", nil), ("ATOP:9999", 2, "1960-06-23", nil),
            ("ATOP:9998", 732, "1953-10-01", nil), ("ATOP:9998", 2, "1953-10-01", nil),
        ]
        return spells
    }()

    /// A fixture pact: obligation limited to attacks on territory under one member's administration.
    static let pact = DefensePact(
        atopID: 9999, name: "Fixture pact (location-limited)", conditional: .yes, locationLimited: .yes,
        locationDescription: "territories under the administration of the first member")

    func resolveState(_ reference: String) throws(EntenteError) -> CowCode {
        let key = reference.lowercased()
        for (cow, iso, name) in Self.states
        where String(cow) == key || iso.lowercased() == key || name.lowercased() == key {
            return CowCode(cow)
        }
        let close = Self.states.map(\.2).filter { $0.lowercased().hasPrefix(String(key.prefix(3))) }
        throw EntenteError(
            .unknownState,
            "the State \"\(reference)\" is not known"
                + (close.isEmpty ? "." : "; did you mean \(close.joined(separator: " or "))?"))
    }

    func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth {
        let covered = Self.spells.contains { $0.0 == organisation }
        guard covered else { return .unknown }
        for (org, cow, from, until) in Self.spells where org == organisation && cow == state.rawValue {
            if day >= Day(iso: from)! && (until.map { day < Day(iso: $0)! } ?? true) { return .yes }
        }
        return .no
    }

    /// A fixture pact whose obligation applies only against one named attacker.
    static let pactAgainstOne = DefensePact(
        atopID: 9998, name: "Fixture pact (against one State)", conditional: .yes, specificAttackers: [CowCode(731)])

    func defensePact(atopID: Int, on day: Day) -> DefensePact? {
        switch atopID {
        case 9999: Self.pact
        case 9998: Self.pactAgainstOne
        default: nil
        }
    }

    func defensePacts(between first: CowCode, and second: CowCode, on day: Day) -> [DefensePact] {
        membership(of: first, in: "ATOP:9999", on: day) == .yes
            && membership(of: second, in: "ATOP:9999", on: day) == .yes
            ? [Self.pact] : []
    }

    func obligationSuspended(of state: CowCode, towards: CowCode, in organisation: String, on day: Day) -> Truth {
        // United States towards New Zealand under ANZUS from 1986 (fixture date).
        if organisation == "ANZUS" && state.rawValue == 2 && towards.rawValue == 920 && day >= Day(iso: "1986-08-11")! {
            return .yes
        }
        return organisation == "ANZUS" ? .no : .unknown
    }

    func stateName(_ state: CowCode) -> String? { Self.states.first { $0.0 == state.rawValue }?.2 }
}
