/// A defense-diplomacy activity: an exercise, a dialogue, a deployment, an agreement.
public struct Activity: Hashable, Sendable, Codable, Sourced {
    /// The purpose an exercise is declared to serve.
    public enum Purpose: String, Hashable, Sendable, Codable, CaseIterable {
        case warfighting, humanitarian, peacekeeping, mixed, diplomatic
        case maritimeSecurity = "maritime_security"
        case counterTerrorism = "counter_terrorism"
    }

    public var id: String
    public var kind: ActivityKind
    public var name: String
    public var series: String?
    public var period: DayInterval
    /// Whether the start day is exact, or only the month (or year) is known.
    public var datePrecision: DatePrecision
    /// Participating states.
    public var participants: [CowCode]
    /// Participants that are not states (NATO, a territory) or that the source does not name clearly.
    public var otherParticipants: [String]
    public var host: CowCode?
    public var observers: [CowCode]
    public var location: String?
    public var latitude: Double?
    public var longitude: Double?
    /// Domains: land, sea, air, amphibious, cyber, cpx.
    public var domains: [String]
    public var purpose: Purpose?
    /// Whether the activity was notified in advance (unknown when the source does not say).
    public var notified: Truth
    /// Whether the source lists every participating state (`false`: only some are named; nil: not said).
    public var participantsComplete: Bool?
    /// How many participating states the source declares ("26 nations"), when it gives a number.
    public var declaredParticipants: Int?
    /// Where the record comes from.
    public var provenance: Provenance

    public init(
        id: String, kind: ActivityKind, name: String, series: String?, period: DayInterval,
        datePrecision: DatePrecision, participants: [CowCode], otherParticipants: [String], host: CowCode?,
        observers: [CowCode], location: String?, latitude: Double?, longitude: Double?, domains: [String],
        purpose: Purpose?, notified: Truth, source: String, confidence: Confidence, note: String?,
        sourceURL: String? = nil, accessed: Day? = nil, participantsComplete: Bool? = nil,
        declaredParticipants: Int? = nil
    ) {
        self.participantsComplete = participantsComplete
        self.declaredParticipants = declaredParticipants
        self.id = id
        self.kind = kind
        self.name = name
        self.series = series
        self.period = period
        self.datePrecision = datePrecision
        self.participants = participants
        self.otherParticipants = otherParticipants
        self.host = host
        self.observers = observers
        self.location = location
        self.latitude = latitude
        self.longitude = longitude
        self.domains = domains
        self.purpose = purpose
        self.notified = notified
        self.provenance = Provenance(
            source: source, sourceURL: sourceURL, accessed: accessed, confidence: confidence, note: note)
    }
}

/// How precisely a date is known.
public enum DatePrecision: String, Hashable, Sendable, Codable {
    case day, month, year
    /// Not known at all: the stored day is only a lower bound (a membership whose joining date the
    /// source does not give is stored from the organisation's founding). Answers list such records
    /// apart and never count them as confident.
    case unknown
}
