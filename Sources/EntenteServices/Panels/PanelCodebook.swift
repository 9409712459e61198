/// What every column of a panel means, where it comes from and which years it covers: written with
/// the table so a researcher can cite each column.
public struct PanelCodebook: Sendable, Codable {
    public struct Entry: Sendable, Codable, Hashable {
        public var column: String
        /// `key` for the row keys, else the `--with` group.
        public var group: String
        public var meaning: String
        /// `integer` or `real`.
        public var type: String
        public var source: String
        public var sourceName: String
        public var version: String
        /// The years the source covers (`1816–2014`); cells outside them are missing.
        public var coverage: String
        /// `complete`, or `partial` when absence of a record is not evidence of absence.
        public var completeness: String
        public var citation: String

        public init(
            column: String, group: String, meaning: String, type: String, source: String, sourceName: String,
            version: String, coverage: String, completeness: String, citation: String
        ) {
            self.column = column
            self.group = group
            self.meaning = meaning
            self.type = type
            self.source = source
            self.sourceName = sourceName
            self.version = version
            self.coverage = coverage
            self.completeness = completeness
            self.citation = citation
        }
    }

    public var unit: PanelUnit
    public var from: Int
    public var to: Int
    /// How the rows were chosen (universe, politically relevant filter, states).
    public var rows: String
    /// How missing values are written.
    public var missing: String
    public var entries: [Entry]

    public init(unit: PanelUnit, from: Int, to: Int, rows: String, missing: String, entries: [Entry]) {
        self.unit = unit
        self.from = from
        self.to = to
        self.rows = rows
        self.missing = missing
        self.entries = entries
    }
}
