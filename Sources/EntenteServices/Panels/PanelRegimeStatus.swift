import EntenteCore

/// A state's standing toward a treaty on one day as a panel code: 2 party, 1 signatory (signed,
/// not yet a party), 0 neither (never signed, or withdrawn), missing when the record cannot place
/// the day (a party or signatory whose date the source does not give).
enum PanelRegimeStatus {
    static let party: Int32 = 2
    static let signatory: Int32 = 1
    static let neither: Int32 = 0

    /// The code on `day`; a state without a record in a complete roster is neither.
    static func code(_ record: TreatyStatus?, on day: Day) -> Int32 {
        guard let record else { return neither }
        switch record.isParty(on: day) {
        case .yes: return party
        case .unknown: return PanelColumn.missingInteger
        case .no: break
        }
        if let withdrawn = record.withdrawn, day >= withdrawn { return neither }
        switch record.status {
        case .nonParty: return neither
        case .signatory, .party, .withdrawn:
            // A party that acceded without signing has no signature day: neither before it joined.
            guard let signed = record.signed else {
                return record.status == .signatory ? PanelColumn.missingInteger : neither
            }
            return day >= signed ? signatory : neither
        }
    }
}
