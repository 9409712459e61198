extension Double {
    /// The value, or nil when it is NaN or infinite: report types carry undefined measures as
    /// optionals, which the one JSON convention writes as `null`.
    public var finite: Double? { isFinite ? self : nil }
}
