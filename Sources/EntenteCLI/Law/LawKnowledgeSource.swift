import EntenteCore
import EntenteLaw

// WIRING POINT — the lead replaces the body of `lawKnowledge()` with a `LawKnowledge` built over
// the store (EntenteStore/EntenteData): State resolution from the code crosswalks and memberships
// from the membership spells. Until then the CLI resolves States from the small table below and
// answers every membership `.unknown`, so situations that rely on the knowledge base for
// `party_member_on_date` give "unknown, depends on party_member_on_date" instead of a guess.

/// The knowledge base the `entente law` commands use. The one place the CLI obtains it.
func lawKnowledge() -> any LawKnowledge {
    InterimStateTable()
}

/// Interim knowledge: resolves a few dozen States by ISO 3166 alpha-3, COW code or name; knows no
/// membership. Replace with the store-backed implementation.
struct InterimStateTable: LawKnowledge {
    /// (COW code, ISO 3166 alpha-3, name).
    static let states: [(Int, String, String)] = [
        (2, "USA", "United States of America"), (20, "CAN", "Canada"), (40, "CUB", "Cuba"), (70, "MEX", "Mexico"),
        (93, "NIC", "Nicaragua"), (100, "COL", "Colombia"), (101, "VEN", "Venezuela"), (140, "BRA", "Brazil"),
        (155, "CHL", "Chile"), (160, "ARG", "Argentina"), (200, "GBR", "United Kingdom"), (205, "IRL", "Ireland"),
        (210, "NLD", "Netherlands"), (211, "BEL", "Belgium"), (212, "LUX", "Luxembourg"), (220, "FRA", "France"),
        (230, "ESP", "Spain"), (235, "PRT", "Portugal"), (255, "DEU", "Germany"),
        (260, "GFR", "German Federal Republic"), (290, "POL", "Poland"), (310, "HUN", "Hungary"),
        (316, "CZE", "Czechia"), (325, "ITA", "Italy"), (345, "SRB", "Serbia"), (350, "GRC", "Greece"),
        (352, "CYP", "Cyprus"), (355, "BGR", "Bulgaria"), (360, "ROU", "Romania"), (365, "RUS", "Russia"),
        (366, "EST", "Estonia"), (367, "LVA", "Latvia"), (368, "LTU", "Lithuania"), (369, "UKR", "Ukraine"),
        (370, "BLR", "Belarus"), (371, "ARM", "Armenia"), (372, "GEO", "Georgia"), (373, "AZE", "Azerbaijan"),
        (375, "FIN", "Finland"), (380, "SWE", "Sweden"), (385, "NOR", "Norway"), (390, "DNK", "Denmark"),
        (395, "ISL", "Iceland"), (600, "MAR", "Morocco"), (615, "DZA", "Algeria"), (630, "IRN", "Iran"),
        (640, "TUR", "Turkey"), (645, "IRQ", "Iraq"), (651, "EGY", "Egypt"), (652, "SYR", "Syria"),
        (660, "LBN", "Lebanon"), (666, "ISR", "Israel"), (670, "SAU", "Saudi Arabia"), (690, "KWT", "Kuwait"),
        (700, "AFG", "Afghanistan"), (702, "TJK", "Tajikistan"), (703, "KGZ", "Kyrgyzstan"),
        (705, "KAZ", "Kazakhstan"), (710, "CHN", "China"), (731, "PRK", "North Korea"), (732, "KOR", "South Korea"),
        (740, "JPN", "Japan"), (750, "IND", "India"), (770, "PAK", "Pakistan"), (800, "THA", "Thailand"),
        (816, "VNM", "Vietnam"), (820, "MYS", "Malaysia"), (830, "SGP", "Singapore"), (840, "PHL", "Philippines"),
        (850, "IDN", "Indonesia"), (860, "TLS", "Timor-Leste"), (900, "AUS", "Australia"),
        (920, "NZL", "New Zealand"),
    ]

    func resolveState(_ reference: String) throws(EntenteError) -> CowCode {
        let key = String(reference.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()).lowercased()
        for (cow, iso, name) in Self.states
        where String(cow) == key || iso.lowercased() == key || name.lowercased() == key {
            return CowCode(cow)
        }
        let close = Self.states.map(\.2).filter { $0.lowercased().hasPrefix(String(key.prefix(3))) }
        let hint = close.isEmpty ? "" : " Did you mean \(close.prefix(3).joined(separator: " or "))?"
        throw EntenteError(
            .unknownState,
            "the State \"\(reference)\" is not known; give an ISO 3166 alpha-3 code, a COW code or a name.\(hint)")
    }

    func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth { .unknown }

    func stateName(_ state: CowCode) -> String? { Self.states.first { $0.0 == state.rawValue }?.2 }
}
