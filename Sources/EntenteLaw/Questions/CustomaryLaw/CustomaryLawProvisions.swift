extension CustomCondition {
    /// The provision each condition applies: the ILC 2018 Draft Conclusions on identification of
    /// customary international law (legal-sources §6), so every condition in a report names its source.
    public static let provisions: [String: String] = [
        "GENERAL_PRACTICE": "ILC 2018 Conclusions 2, 8(1) (widespread and representative)",
        "SPECIALLY_AFFECTED_STATES": "ILC 2018 Conclusion 8, commentary (specially affected States)",
        "CONSISTENCY": "ILC 2018 Conclusion 8(1) (consistent; departures treated as breaches)",
        "DURATION": "ILC 2018 Conclusion 8(2) (no particular duration required)",
        "OPINIO_JURIS": "ILC 2018 Conclusions 2, 9, 10",
        "RESOLUTION_EVIDENCE": "ILC 2018 Conclusion 12",
        "TREATY_TO_CUSTOM_ROUTE": "ILC 2018 Conclusion 11",
        "PERSISTENT_OBJECTOR": "ILC 2018 Conclusion 15",
        "ACQUIESCENCE": "ILC 2018 Conclusion 10(3) (failure to react)",
        "PARTICULAR_PRACTICE_AMONG_STATES_CONCERNED": "ILC 2018 Conclusion 16",
        "ACCEPTANCE_BY_STATE_BOUND": "ILC 2018 Conclusion 16",
    ]

    /// The provision this condition applies.
    public var provision: String { Self.provisions[code] ?? "ILC 2018 Draft Conclusions" }
}
