/// Evidence of a customary rule stated in aggregate, as a practitioner often has it: "practice is
/// widespread", "acceptance as law is shown", without the State-by-State records.
///
/// ILC 2018 Conclusion 2 requires both elements; each must still be shown. An element the file
/// leaves out is not presumed: the party relying on the rule bears the burden of showing it, so
/// the rule is then not established (rather than unknown) and the report says whose burden it was.
public struct AggregateEvidence: Sendable, Hashable {
    /// Whether the practice is general: `true` widespread, `false` not widespread, `nil` not shown.
    public var practiceWidespread: Bool?
    /// Whether acceptance as law is shown: `true` shown, `false` not shown, `nil` not stated.
    public var acceptanceShown: Bool?
    /// The year the practice began, used as the crystallisation year when both elements hold.
    public var since: Int?
    /// The State relying on the rule, which bears the burden of showing it.
    public var partyRelyingOnRule: String?
    /// Where the aggregate statement comes from (a study, a judgment paragraph), for the report.
    public var source: String?

    public init(
        practiceWidespread: Bool? = nil, acceptanceShown: Bool? = nil, since: Int? = nil,
        partyRelyingOnRule: String? = nil, source: String? = nil
    ) {
        self.practiceWidespread = practiceWidespread
        self.acceptanceShown = acceptanceShown
        self.since = since
        self.partyRelyingOnRule = partyRelyingOnRule
        self.source = source
    }
}
