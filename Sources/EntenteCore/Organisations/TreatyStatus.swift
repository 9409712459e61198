/// A state's (or the EU's) standing toward a treaty: party, signatory, withdrawn or not a party.
public struct TreatyStatus: Hashable, Sendable, Codable, Sourced {
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case party, signatory, withdrawn
        case nonParty = "non_party"
    }

    public var treaty: String
    /// The state, when the party is a state (the EU, for example, is not).
    public var state: CowCode?
    /// The party's code as the source writes it (ISO alpha-3, or `EU`).
    public var party: String
    public var status: Status
    public var signed: Day?
    /// The day ratification, accession or succession took effect as deposited.
    public var joined: Day?
    public var withdrawn: Day?
    /// Where the record comes from.
    public var provenance: Provenance

    public init(
        treaty: String, state: CowCode?, party: String, status: Status, signed: Day?, joined: Day?, withdrawn: Day?,
        source: String, sourceURL: String?, accessed: Day?, confidence: Confidence, note: String?
    ) {
        self.treaty = treaty
        self.state = state
        self.party = party
        self.status = status
        self.signed = signed
        self.joined = joined
        self.withdrawn = withdrawn
        self.provenance = Provenance(
            source: source, sourceURL: sourceURL, accessed: accessed, confidence: confidence, note: note)
    }

    /// Whether the party was bound on `day`.
    public func isParty(on day: Day) -> Truth {
        switch status {
        case .nonParty, .signatory: return .no
        case .party, .withdrawn:
            if let withdrawn, day >= withdrawn { return .no }
            guard let joined else {
                // No deposit date: not yet a party before it signed; otherwise unknown (a state that
                // later withdrew on an unrecorded day was a party at some point, when is not known).
                if let signed, day < signed { return .no }
                return .unknown
            }
            if day < joined { return .no }
            if status == .withdrawn && withdrawn == nil { return .unknown }
            return .yes
        }
    }

    /// The standing as it was on `day`: nil before the party signed or joined (nothing to show yet),
    /// a signatory before a later ratification took effect, a party before a later withdrawal.
    /// A record without dates is returned as it is: the data cannot place it in time.
    public func standing(on day: Day) -> TreatyStatus? {
        let dates = [signed, joined, withdrawn].compactMap { $0 }
        guard !dates.isEmpty else { return self }
        var then = self
        if let withdrawn, day < withdrawn {
            then.withdrawn = nil
            then.status = .party
        }
        if let joined, day < joined {
            then.joined = nil
            then.status = .signatory
        }
        if let signed, day < signed {
            then.signed = nil
        }
        if then.signed == nil && then.joined == nil && then.status == .signatory { return nil }
        return then
    }
}
