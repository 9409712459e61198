public import EntenteCore

/// State codes whose meaning depends on the day: ISO 3166 alpha-3 codes reused by a successor
/// (`CZE` was Czechoslovakia's COW abbreviation and is the Czech Republic's ISO code) and codes
/// ISO 3166-3 has withdrawn (`SUN`, `CSK`, `YUG`, `DDR`, `SCG`, `YMD`), mapped to the COW state of
/// the day.
///
/// Sources: COW State System Membership v2024 (`EntenteData` datasets/cow_states/cow_states_v2024.csv:
/// Czechoslovakia 315 until 1992-12-31, Czech Republic 316 from 1993-01-01, German Federal Republic
/// 260 1955-05-05 to 1990-10-02, German Democratic Republic 265, Yugoslavia/Serbia 345, Russia 365
/// for the Soviet Union, Yemen Arab Republic 678 until 1990-05-21, Yemen People's Republic 680);
/// ISO 3166-3 former country codes (datasets/country_codes/iso3166_3_former_countries_pycountry.csv:
/// CSK withdrawn 1993, DDR 1990, SUN 1992, YUG 2003).
public enum StateSuccession {
    struct Entry: Sendable {
        let code: String
        /// First day (inclusive); nil from the start.
        let from: Day?
        /// Last day (exclusive); nil open.
        let until: Day?
        let cow: Int
    }

    static let entries: [Entry] = [
        Entry(code: "CZE", from: nil, until: .of(1993, 1, 1), cow: 315),
        Entry(code: "CSK", from: nil, until: nil, cow: 315),
        Entry(code: "SUN", from: nil, until: nil, cow: 365),
        Entry(code: "YUG", from: nil, until: nil, cow: 345),
        Entry(code: "SCG", from: nil, until: nil, cow: 345),
        Entry(code: "DDR", from: nil, until: nil, cow: 265),
        Entry(code: "DEU", from: .of(1955, 5, 5), until: .of(1990, 10, 3), cow: 260),
        Entry(code: "YEM", from: nil, until: .of(1990, 5, 22), cow: 678),
        Entry(code: "YMD", from: nil, until: nil, cow: 680),
    ]

    /// The COW state a dated code names on `day`, or nil when the code's meaning does not depend on
    /// the day (the knowledge base resolves it as usual).
    public static func cow(for reference: String, on day: Day) -> CowCode? {
        let key = reference.uppercased().filter { !$0.isWhitespace }
        guard key.count == 3 else { return nil }
        for e in entries where e.code == key {
            if let from = e.from, day < from { continue }
            if let until = e.until, day >= until { continue }
            return CowCode(e.cow)
        }
        return nil
    }
}
