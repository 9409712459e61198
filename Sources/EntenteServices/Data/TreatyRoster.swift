public import EntenteCore

/// A treaty's standing on a day, as a roster: who was bound, who had only signed, who had left, and
/// who is recorded as a party without a date (so cannot be placed on the day).
///
/// Built from every recorded status row with ``TreatyStatus/standing(on:)``: a state is a party
/// when it deposited its instrument on or before the day and had not withdrawn by then; a state
/// whose instrument date is unknown is never counted as a confident party.
public struct TreatyRoster: Codable, Sendable {
    /// One party's standing on the day.
    public struct Entry: Codable, Sendable, Hashable {
        /// The party's code (ISO alpha-3, or `EU`, `VAT`, `PSE` for parties outside the state list).
        public var party: String
        public var state: StateInfo?
        public var status: TreatyStatus.Status
        public var signed: Day?
        public var joined: Day?
        public var withdrawn: Day?
        public var confidence: Confidence
        public var sourceURL: String?
    }

    public var treaty: String
    public var asOf: Day
    /// Bound on the day: instrument deposited on or before it, not withdrawn by then.
    public var parties: [Entry]
    /// Signed by the day but not (yet) bound.
    public var signatories: [Entry]
    /// Left the treaty on or before the day.
    public var withdrawn: [Entry]
    /// Recorded as parties (or as having withdrawn) without the date that would place them on the
    /// day: maybe bound then, maybe not. Never counted with ``parties``.
    public var dateUnknown: [Entry]

    init(treaty: String, asOf day: Day, statuses: [TreatyStatus], directory: StateDirectory) {
        self.treaty = treaty
        asOf = day
        parties = []
        signatories = []
        withdrawn = []
        dateUnknown = []
        // Nobody acted on the treaty before its first recorded act: an undated party is not placed
        // on a day before that.
        let firstAct = statuses.flatMap { [$0.signed, $0.joined, $0.withdrawn] }.compactMap { $0 }.min()
        for status in statuses {
            guard let then = status.standing(on: day) else { continue }
            let entry = Entry(
                party: then.party, state: then.state.flatMap { directory.state($0) }, status: then.status,
                signed: then.signed, joined: then.joined, withdrawn: then.withdrawn, confidence: then.confidence,
                sourceURL: then.sourceURL)
            switch then.status {
            case .nonParty:
                continue
            case .signatory:
                signatories.append(entry)
            case .party:
                if then.joined != nil {
                    parties.append(entry)
                } else if firstAct.map({ day >= $0 }) ?? true, then.signed.map({ day >= $0 }) ?? true {
                    dateUnknown.append(entry)
                }
            case .withdrawn:
                if then.withdrawn != nil {
                    withdrawn.append(entry)
                } else if then.joined.map({ day >= $0 }) ?? true, firstAct.map({ day >= $0 }) ?? true {
                    // Left on a day the data do not give: bound on this day or not, unknown.
                    dateUnknown.append(entry)
                }
            }
        }
    }
}
