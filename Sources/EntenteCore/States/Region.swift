/// A world region, following the Correlates of War numbering blocks.
///
/// COW state numbers are assigned by region (2–165 the Americas, 200–399 Europe, 400–626 Africa,
/// 630–698 the Middle East, 700–899 Asia, 900–999 Oceania), so the region of any COW state,
/// past or present, follows from its number without a separate table.
public enum Region: String, Sendable, Hashable, Codable, CaseIterable {
    case americas, europe, africa, middleEast = "middle_east", asia, oceania

    /// The region of a COW state number.
    public init(cow code: CowCode) {
        switch code.rawValue {
        case ..<200: self = .americas
        case 200..<400: self = .europe
        case 400..<630: self = .africa
        case 630..<700: self = .middleEast
        case 700..<900: self = .asia
        default: self = .oceania
        }
    }

    /// Parses a region name as users write it (`asia`, `middle-east`, `Middle East`).
    public init?(name: String) {
        let key = String(name.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
        guard let region = Region(rawValue: key) else { return nil }
        self = region
    }

    public var title: String {
        switch self {
        case .americas: "Americas"
        case .europe: "Europe"
        case .africa: "Africa"
        case .middleEast: "Middle East"
        case .asia: "Asia"
        case .oceania: "Oceania"
        }
    }
}
