/// Where one record comes from: its source, the page a curated row was checked against and when,
/// how far it can be trusted, and a note. Every record type carries one.
public struct Provenance: Hashable, Sendable, Codable {
    /// A ``SourceRecord`` id (`cow-igo-3`, `entente-curated`, `import:<file>`).
    public var source: String
    /// The page a curated row was checked against.
    public var sourceURL: String?
    /// When that page was read.
    public var accessed: Day?
    public var confidence: Confidence
    public var note: String?

    public init(
        source: String, sourceURL: String? = nil, accessed: Day? = nil, confidence: Confidence, note: String? = nil
    ) {
        self.source = source
        self.sourceURL = sourceURL
        self.accessed = accessed
        self.confidence = confidence
        self.note = note
    }
}

/// A record with a ``Provenance``; its parts read as the record's own properties.
public protocol Sourced {
    var provenance: Provenance { get set }
}

extension Sourced {
    public var source: String {
        get { provenance.source }
        set { provenance.source = newValue }
    }
    public var sourceURL: String? {
        get { provenance.sourceURL }
        set { provenance.sourceURL = newValue }
    }
    public var accessed: Day? {
        get { provenance.accessed }
        set { provenance.accessed = newValue }
    }
    public var confidence: Confidence {
        get { provenance.confidence }
        set { provenance.confidence = newValue }
    }
    public var note: String? {
        get { provenance.note }
        set { provenance.note = newValue }
    }
}
