/// A period during which a state held a status in an organisation, forum or treaty regime.
public struct MembershipSpell: Hashable, Sendable, Codable, Sourced {
    /// The kind of tie.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case member, associate, observer, partner
    }

    /// The organisation key, upper case (`NATO`, `ASEAN`, `ADMM-PLUS`, `UN`).
    public var organisation: String
    public var state: CowCode
    public var status: Status
    /// When the spell ran. An open end means the source records no end.
    public var period: DayInterval
    /// The last day the source observes. After it a spell with an open end is carried forward,
    /// and answers say so.
    public var observedUntil: Day?
    /// How precisely the start is known (COW IGO data are yearly, or five-yearly before 1965).
    public var datePrecision: DatePrecision
    /// Where the record comes from.
    public var provenance: Provenance

    public init(
        organisation: String, state: CowCode, status: Status, period: DayInterval, observedUntil: Day?,
        source: String, confidence: Confidence, datePrecision: DatePrecision = .day, sourceURL: String? = nil,
        accessed: Day? = nil, note: String? = nil
    ) {
        self.datePrecision = datePrecision
        self.organisation = organisation
        self.state = state
        self.status = status
        self.period = period
        self.observedUntil = observedUntil
        self.provenance = Provenance(
            source: source, sourceURL: sourceURL, accessed: accessed, confidence: confidence, note: note)
    }

    /// Whether the spell covers `day`, as a three-valued answer: unknown when the day lies after the
    /// source stops observing and the spell is still open there.
    public func covers(_ day: Day) -> Truth {
        period.covers(day, observedUntil: observedUntil)
    }
}
