/// A period during which a state held a status in an organisation, forum or treaty regime.
public struct MembershipSpell: Hashable, Sendable, Codable, Sourced {
    /// The kind of tie.
    ///
    /// `suspended` and `frozen` are members whose participation is suspended by the organisation or
    /// frozen by the state itself (Armenia in the CSTO from 2024): still on the roll, not taking part.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case member, associate, observer, partner
        case dialoguePartner = "dialogue_partner"
        case suspended, frozen

        /// The vocabulary as files write it, for error messages.
        public static var vocabulary: String { allCases.map(\.rawValue).joined(separator: ", ") }
    }

    /// The code ``state`` holds when the participant is not a state in the COW list; ``party``
    /// then names it.
    public static let nonState = CowCode(-1)

    /// The organisation key, upper case (`NATO`, `ASEAN`, `ADMM-PLUS`, `UN`).
    public var organisation: String
    public var state: CowCode
    /// The participant's code when it is not a state in the COW list: the EU in the ARF, Palestine
    /// and the Holy See at the UN, the Sahrawi Republic (`ESH`) in the AU, Pacific territories in the
    /// PIF. Nil for states.
    public var party: String?
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
        accessed: Day? = nil, note: String? = nil, party: String? = nil
    ) {
        self.party = party
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
    ///
    /// A spell whose start is unknown (stored from the organisation's founding, a lower bound)
    /// never answers yes: the state may have joined after the day.
    public func covers(_ day: Day) -> Truth {
        let answer = period.covers(day, observedUntil: observedUntil)
        return datePrecision == .unknown && answer == .yes ? .unknown : answer
    }
}
