import EntenteCore

/// What `--from-data` draws from the knowledge base for a rule: the `from_data` block of a rule file.
public struct CustomDataQuery: Sendable, Hashable {
    /// UN General Assembly roll calls by resolution symbol as the data writes it (e.g. `R/33/96`).
    public var resolutions: [String] = []
    /// Roll calls by issue tag (case-insensitive substring, e.g. `nuclear`).
    public var issues: [String] = []
    /// Roll calls by short title (case-insensitive substring, e.g. `NON-USE OF FORCE`).
    public var titles: [String] = []
    /// The first year read; nil for the start of each source's coverage.
    public var fromYear: Int?
    public var toYear: Int?
    /// A treaty whose parties are taken as the treaty basis (`NPT`, `TAC`).
    public var treaty: String?
    /// The year the treaty was adopted (defaults to the earliest joining year).
    public var treatyAdopted: Int?
    /// Activities read as practice: their kind (`exercise`, `peacekeeping`, …).
    public var activityKind: String?
    /// How an activity conforms: `notified` (notified → conforming, not notified → contrary, unknown → skipped),
    /// `observers` (observers invited → conforming for every participant), or `participation` (taking part conforms).
    public var conformingWhen: Conformance = .participation
    /// Restrict activity practice to these states (ISO alpha-3 or COW codes); empty for all.
    public var activityStates: [String] = []

    public init() {}

    /// How a recorded activity counts as practice.
    public enum Conformance: String, Sendable, Hashable, CaseIterable {
        /// Notified → conforming, not notified → contrary, unknown → skipped.
        case notified
        /// Observers invited → conforming for every participant; none recorded → skipped.
        case observers
        /// Taking part conforms.
        case participation
    }
}

extension CustomRule {
    static func parseDataQuery(_ v: SituationValue.Located, reader r: CustomReader) throws(EntenteError)
        -> CustomDataQuery
    {
        let m = try r.map(v, "from_data")
        var q = CustomDataQuery()
        let known = ["resolutions", "issues", "titles", "from", "to", "treaty", "treaty_adopted", "activities"]
        for (key, value) in m where !known.contains(key) {
            throw r.fail(value, "from_data.\(key)", "unknown key; expected one of \(known.joined(separator: ", "))")
        }
        if let x = r.optional(m, "resolutions") { q.resolutions = try r.strings(x, "from_data.resolutions") }
        if let x = r.optional(m, "issues") { q.issues = try r.strings(x, "from_data.issues") }
        if let x = r.optional(m, "titles") { q.titles = try r.strings(x, "from_data.titles") }
        if let x = r.optional(m, "from") { q.fromYear = try r.year(x, "from_data.from") }
        if let x = r.optional(m, "to") { q.toYear = try r.year(x, "from_data.to") }
        if let x = r.optional(m, "treaty") { q.treaty = try r.string(x, "from_data.treaty") }
        if let x = r.optional(m, "treaty_adopted") { q.treatyAdopted = try r.year(x, "from_data.treaty_adopted") }
        if let x = r.optional(m, "activities") {
            let a = try r.map(x, "from_data.activities")
            if let k = r.optional(a, "kind") { q.activityKind = try r.string(k, "from_data.activities.kind") }
            if let c = r.optional(a, "conforming_when") {
                let mode = try r.string(c, "from_data.activities.conforming_when")
                guard let conformance = CustomDataQuery.Conformance(rawValue: mode) else {
                    let modes = CustomDataQuery.Conformance.allCases.map(\.rawValue)
                    throw r.fail(
                        c, "from_data.activities.conforming_when",
                        "expected one of \(modes.joined(separator: ", ")), found \"\(mode)\"")
                }
                q.conformingWhen = conformance
            }
            if let s = r.optional(a, "states") { q.activityStates = try r.strings(s, "from_data.activities.states") }
        }
        return q
    }
}
