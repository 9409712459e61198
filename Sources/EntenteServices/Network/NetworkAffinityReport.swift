/// Agreement of two states' UN General Assembly votes, by year and over the whole range.
public struct NetworkAffinityReport: Codable, Sendable {
    public struct Row: Codable, Sendable {
        /// `1995`, or `1990–1999` for the whole range.
        public var period: String
        /// Roll calls where both states voted.
        public var votes: Int
        public var agreement: Double?
        /// Signorino–Ritter S.
        public var s: Double?
        public var kappa: Double?
        public var pi: Double?
    }

    public var first: String
    public var second: String
    /// Name of the first state, for titles.
    public var firstName: String
    public var secondName: String
    public var issue: String?
    public var years: [Row]
    public var overall: Row
}
