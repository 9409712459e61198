/// Where a record comes from: a bundled dataset, a curated file, or a user's import.
public struct SourceRecord: Hashable, Sendable, Codable {
    /// Stable key stored with every row (`cow-states-2024`, `curated`, `import:myfile.csv`).
    public var id: String
    public var name: String
    public var version: String
    /// The period the source covers, as text (`1816–2024`); the typed ``span`` when there is one.
    public var coverage: String
    /// The years the source observes, as typed fields (nil for undated sources and imports).
    public var span: DatasetCoverage?
    /// What the source says about reuse.
    public var terms: String
    /// How to cite it.
    public var citation: String
    /// Files in the bundle (or the imported file).
    public var files: [String]

    public init(
        id: String, name: String, version: String, coverage: String, terms: String, citation: String, files: [String]
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.coverage = coverage
        self.terms = terms
        self.citation = citation
        self.files = files
        self.span = nil
    }

    /// A dataset observed over `span`; its coverage text is derived from the span.
    public init(
        id: String, name: String, version: String, span: DatasetCoverage, terms: String, citation: String,
        files: [String]
    ) {
        self.init(
            id: id, name: name, version: version, coverage: span.text, terms: terms, citation: citation, files: files)
        self.span = span
    }
}
