public import EntenteCore

/// Reads the curated file formats — organisations, memberships, treaty status, activities — with
/// every field checked, so the bundled curated files and a user's imports go through one validator.
///
/// States are written as ISO alpha-3 codes, COW abbreviations or numbers, or names, and resolved with
/// a ``StateDirectory``; an unknown state is refused with a suggestion. Dates are `YYYY-MM-DD` and
/// must exist. Lists are `;`-separated.
public struct CuratedReader: Sendable {
    public let directory: StateDirectory
    /// The source id recorded on every row read (the curated dataset, or `import:FILE`).
    public let sourceID: String

    /// Parties to treaties that are not states in the COW list (the EU, the Holy See, Palestine):
    /// accepted in treaty status files only, by this code.
    public let otherParties: Set<String>

    public init(directory: StateDirectory, sourceID: String, otherParties: Set<String> = ["EU"]) {
        self.directory = directory
        self.sourceID = sourceID
        self.otherParties = otherParties
    }

    public static let organisationColumns = ["org", "name", "kind", "founded"]
    public static let membershipColumns = ["org", "state", "status", "start", "end"]
    public static let treatyColumns = ["treaty", "state", "status", "signed", "joined", "withdrawn"]
    public static let activityColumns = ["id", "name", "kind", "start", "end", "participants"]

    public func organisations(_ table: CSVTable) throws(EntenteError) -> [Organisation] {
        try table.requireRectangular()
        let c = try table.requireColumns(Self.organisationColumns)
        let completenessColumn = table.column("completeness")
        var result: [Organisation] = []
        for index in table.rows.indices {
            let record = table.record(index)
            let kindText = try record.requiredText(c[2])
            guard let kind = Organisation.Kind(rawValue: kindText) else {
                throw record.failure(c[2], "expected one of organisation, forum, treaty, informal, found '\(kindText)'")
            }
            var completeness: DatasetCoverage.Completeness?
            if let completenessColumn, let text = record.optionalText(completenessColumn) {
                guard let value = DatasetCoverage.Completeness(rawValue: text) else {
                    throw record.failure(completenessColumn, "expected complete or partial, found '\(text)'")
                }
                completeness = value
            }
            result.append(
                Organisation(
                    id: Organisation.key(try record.requiredText(c[0])), name: try record.requiredText(c[1]),
                    kind: kind,
                    founded: try record.optionalDay(c[3]), source: sourceID, observedUntil: nil,
                    completeness: completeness))
        }
        return result
    }

    /// Membership spells. A row without a start day is accepted when `founded` gives the
    /// organisation's founding day: the state is a member whose joining date the source does not
    /// give, so the spell is stored from the founding (a true lower bound) with precision `unknown`,
    /// and answers list it apart instead of counting it.
    public func memberships(_ table: CSVTable, founded: [String: Day] = [:]) throws(EntenteError)
        -> [MembershipSpell]
    {
        try table.requireRectangular()
        let c = try table.requireColumns(Self.membershipColumns)
        let provenance = ProvenanceColumns(table)
        var result: [MembershipSpell] = []
        for index in table.rows.indices {
            let record = table.record(index)
            let code = try record.requiredText(c[1])
            // The EU, Palestine, the Holy See, the Sahrawi Republic and territories take part in
            // organisations without being COW states: kept under their code.
            let isOther = otherParties.contains(code.uppercased())
            let state = isOther ? MembershipSpell.nonState : try resolve(record, c[1])
            let statusText = try record.requiredText(c[2])
            guard let status = MembershipSpell.Status(rawValue: statusText) else {
                throw record.failure(
                    c[2], "expected one of \(MembershipSpell.Status.vocabulary), found '\(statusText)'")
            }
            let organisation = Organisation.key(try record.requiredText(c[0]))
            var precision = DatePrecision.day
            let period: DayInterval
            if record.isMissing(c[3]), let lowerBound = founded[organisation] {
                precision = .unknown
                let end = try record.optionalDay(c[4])
                if let end, end < lowerBound {
                    throw record.failure(c[4], "the end (\(end)) is before the organisation's founding (\(lowerBound))")
                }
                period = DayInterval(start: lowerBound, end: end)
            } else {
                period = try interval(record, start: c[3], end: c[4])
            }
            result.append(
                MembershipSpell(
                    organisation: organisation, state: state, status: status,
                    period: period, observedUntil: nil, source: sourceID, confidence: try provenance.confidence(record),
                    datePrecision: precision, sourceURL: provenance.url(record),
                    accessed: try provenance.accessed(record), note: provenance.note(record),
                    party: isOther ? code.uppercased() : nil))
        }
        return result
    }

    public static let aliasColumns = ["alias", "org"]

    /// Other names of organisations and treaties (`alias,org,language,note`).
    public func organisationAliases(_ table: CSVTable) throws(EntenteError) -> [OrganisationAlias] {
        try table.requireRectangular()
        let c = try table.requireColumns(Self.aliasColumns)
        let language = table.column("language")
        let note = table.column("note")
        var result: [OrganisationAlias] = []
        for index in table.rows.indices {
            let record = table.record(index)
            result.append(
                OrganisationAlias(
                    alias: try record.requiredText(c[0]), organisation: Organisation.key(try record.requiredText(c[1])),
                    language: language.flatMap { record.optionalText($0) },
                    note: note.flatMap { record.optionalText($0) }
                ))
        }
        return result
    }

    /// A dataset's id for a body that the curated files name otherwise (COW IGO `LOAS` is `LAS`).
    public struct Merge: Sendable, Hashable {
        /// The catalogue id of the dataset (`cow-igo-3`, `iigo-2`).
        public var source: String
        public var datasetID: String
        /// The curated organisation key the dataset id joins.
        public var organisation: String
    }

    public static let mergeColumns = ["source", "dataset_id", "org"]

    /// Which dataset ids are the same body as a curated id (`source,dataset_id,org,note`).
    public func organisationMerges(_ table: CSVTable) throws(EntenteError) -> [Merge] {
        try table.requireRectangular()
        let c = try table.requireColumns(Self.mergeColumns)
        var result: [Merge] = []
        for index in table.rows.indices {
            let record = table.record(index)
            result.append(
                Merge(
                    source: try record.requiredText(c[0]), datasetID: Organisation.key(try record.requiredText(c[1])),
                    organisation: Organisation.key(try record.requiredText(c[2]))))
        }
        return result
    }

    public func treatyStatuses(_ table: CSVTable) throws(EntenteError) -> [TreatyStatus] {
        try table.requireRectangular()
        let c = try table.requireColumns(Self.treatyColumns)
        let provenance = ProvenanceColumns(table)
        var result: [TreatyStatus] = []
        for index in table.rows.indices {
            let record = table.record(index)
            let party = try record.requiredText(c[1])
            // The European Union accedes to some treaties (the TAC), and the Holy See and Palestine to
            // others (the NPT), without being states in the COW list.
            let state: CowCode? = otherParties.contains(party.uppercased()) ? nil : try resolve(record, c[1])
            let statusText = try record.requiredText(c[2])
            guard let status = TreatyStatus.Status(rawValue: statusText) else {
                throw record.failure(
                    c[2], "expected one of party, signatory, withdrawn, non_party, found '\(statusText)'")
            }
            let joined = try record.optionalDay(c[4])
            let withdrawn = try record.optionalDay(c[5])
            if let joined, let withdrawn, withdrawn < joined {
                throw record.failure(
                    c[5], "the withdrawal (\(withdrawn)) is before joining (\(joined))", code: .invalidDate)
            }
            result.append(
                TreatyStatus(
                    treaty: Organisation.key(try record.requiredText(c[0])), state: state,
                    party: state.flatMap { directory.state($0)?.displayCode } ?? party.uppercased(), status: status,
                    signed: try record.optionalDay(c[3]), joined: joined, withdrawn: withdrawn, source: sourceID,
                    sourceURL: provenance.url(record), accessed: try provenance.accessed(record),
                    confidence: try provenance.confidence(record), note: provenance.note(record)))
        }
        return result
    }

    public func activities(_ table: CSVTable) throws(EntenteError) -> [Activity] {
        try table.requireRectangular()
        let c = try table.requireColumns(Self.activityColumns)
        let provenance = ProvenanceColumns(table)
        let series = table.column("series")
        let host = table.column("host")
        let observers = table.column("observers")
        let location = table.column("location")
        let lat = table.column("lat")
        let lon = table.column("lon")
        let domains = table.column("domains")
        let purpose = table.column("purpose")
        let notified = table.column("notified")
        let complete = table.column("participants_complete")
        let declared = table.column("declared_participants")
        let precisionColumn = table.column("date_precision")
        var seenIDs = Set<String>()
        var result: [Activity] = []
        for index in table.rows.indices {
            let record = table.record(index)
            let id = try record.requiredText(c[0])
            guard seenIDs.insert(id).inserted else { throw record.failure(c[0], "the id '\(id)' appears twice") }
            let kindText = try record.requiredText(c[2])
            guard let kind = ActivityKind(rawValue: kindText) else {
                throw record.failure(
                    c[2],
                    "expected one of " + ActivityKind.allCases.map(\.rawValue).joined(separator: ", ")
                        + ", found '\(kindText)'")
            }
            let period = try interval(record, start: c[3], end: c[4])
            var precision = DatePrecision.day
            if let precisionColumn, let text = record.optionalText(precisionColumn) {
                guard let value = DatePrecision(rawValue: text), value != .unknown else {
                    throw record.failure(precisionColumn, "expected one of day, month, year, found '\(text)'")
                }
                precision = value
            }
            let declaredCount = try declared.flatMap { (column) throws(EntenteError) in try record.optionalInt(column) }
            if let declaredCount, declaredCount < 1 {
                throw record.failure(declared!, "expected a count of at least 1")
            }
            let others = splitList(record.text(c[5])).map { $0.uppercased() }.filter { otherParties.contains($0) }
            let participants = try stateList(record, c[5], skipping: Set(others))
            if participants.isEmpty && others.isEmpty {
                throw record.failure(c[5], "expected at least one participating state")
            }
            var purposeValue: Activity.Purpose?
            if let purpose, let text = record.optionalText(purpose) {
                guard let value = Activity.Purpose(rawValue: text) else {
                    throw record.failure(
                        purpose,
                        "expected one of " + Activity.Purpose.allCases.map(\.rawValue).joined(separator: ", ")
                            + ", found '\(text)'")
                }
                purposeValue = value
            }
            let domainList = domains.map { splitList(record.text($0)) } ?? []
            for domain in domainList where !Self.domains.contains(domain) {
                throw record.failure(
                    domains!, "expected domains among " + Self.domains.joined(separator: ", ") + ", found '\(domain)'")
            }
            let latitude = try lat.flatMap { (column) throws(EntenteError) in try record.optionalDouble(column) }
            let longitude = try lon.flatMap { (column) throws(EntenteError) in try record.optionalDouble(column) }
            if let latitude, !(-90...90).contains(latitude) {
                throw record.failure(lat!, "expected a latitude between -90 and 90")
            }
            if let longitude, !(-180...180).contains(longitude) {
                throw record.failure(lon!, "expected a longitude between -180 and 180")
            }
            result.append(
                Activity(
                    id: id, kind: kind, name: try record.requiredText(c[1]),
                    series: series.flatMap { record.optionalText($0) },
                    period: period, datePrecision: precision, participants: participants, otherParticipants: others,
                    host: try host.flatMap { (column) throws(EntenteError) in
                        record.isMissing(column) ? nil : try resolve(record, column)
                    },
                    observers: try observers.map { (column) throws(EntenteError) in try stateList(record, column) }
                        ?? [],
                    location: location.flatMap { record.optionalText($0) }, latitude: latitude, longitude: longitude,
                    domains: domainList, purpose: purposeValue,
                    notified: try notified.map { (column) throws(EntenteError) in Truth(try record.optionalFlag(column))
                    } ?? .unknown,
                    source: sourceID, confidence: try provenance.confidence(record), note: provenance.note(record),
                    sourceURL: provenance.url(record), accessed: try provenance.accessed(record),
                    participantsComplete: try complete.flatMap { (column) throws(EntenteError) in
                        try record.optionalFlag(column)
                    },
                    declaredParticipants: declaredCount))
        }
        return result
    }

    /// The domains an activity may name (the curation vocabulary).
    public static let domains = [
        "land", "sea", "air", "amphibious", "cyber", "space", "cpx", "hadr", "medical", "special_forces",
        "maritime_security", "counter_terrorism", "peacekeeping",
    ]

    /// A recorded suspension of one party's treaty obligations toward another.
    public struct Suspension: Sendable, Hashable {
        public var organisation: String
        public var state: CowCode
        public var towards: CowCode
        public var period: DayInterval
        public var sourceURL: String?
        public var accessed: Day?
        public var confidence: Confidence
        public var note: String?
    }

    public static let suspensionColumns = ["org", "state", "towards", "start", "end"]

    public func suspensions(_ table: CSVTable) throws(EntenteError) -> [Suspension] {
        try table.requireRectangular()
        let c = try table.requireColumns(Self.suspensionColumns)
        let provenance = ProvenanceColumns(table)
        var result: [Suspension] = []
        for index in table.rows.indices {
            let record = table.record(index)
            result.append(
                Suspension(
                    organisation: Organisation.key(try record.requiredText(c[0])), state: try resolve(record, c[1]),
                    towards: try resolve(record, c[2]), period: try interval(record, start: c[3], end: c[4]),
                    sourceURL: provenance.url(record), accessed: try provenance.accessed(record),
                    confidence: try provenance.confidence(record), note: provenance.note(record)))
        }
        return result
    }

    /// A directory message turned into the tail of a field error ("unknown state 'X': …").
    private static func fragment(_ message: String) -> String {
        let lowered = message.prefix(1).lowercased() + message.dropFirst()
        return lowered.hasSuffix(".") ? String(lowered.dropLast()) : lowered
    }

    // MARK: - Fields

    private func resolve(_ record: CSVRecord, _ column: Int) throws(EntenteError) -> CowCode {
        let text = try record.requiredText(column)
        do {
            return try directory.resolve(text).cow
        } catch {
            throw record.failure(column, Self.fragment(error.message), code: error.code)
        }
    }

    private func stateList(_ record: CSVRecord, _ column: Int, skipping: Set<String> = []) throws(EntenteError)
        -> [CowCode]
    {
        var result: [CowCode] = []
        for item in splitList(record.text(column)) where !skipping.contains(item.uppercased()) {
            do {
                let state = try directory.resolve(item).cow
                if !result.contains(state) { result.append(state) }
            } catch {
                throw record.failure(column, Self.fragment(error.message), code: error.code)
            }
        }
        return result
    }

    private func splitList(_ text: String) -> [String] {
        text.split(separator: ";").map { String($0).trimmingASCIISpaces() }.filter { !$0.isEmpty }
    }

    private func interval(_ record: CSVRecord, start: Int, end: Int) throws(EntenteError) -> DayInterval {
        let startDay = try record.day(start)
        let endDay = try record.optionalDay(end)
        if let endDay, endDay < startDay {
            throw record.failure(end, "the end (\(endDay)) is before the start (\(startDay))", code: .invalidDate)
        }
        return DayInterval(start: startDay, end: endDay)
    }
}

/// The optional provenance columns every curated file may carry.
struct ProvenanceColumns {
    let url: Int?
    let accessedColumn: Int?
    let confidenceColumn: Int?
    let noteColumn: Int?

    init(_ table: CSVTable) {
        url = table.column("source_url")
        accessedColumn = table.column("accessed")
        confidenceColumn = table.column("confidence")
        noteColumn = table.column("note")
    }

    func url(_ record: CSVRecord) -> String? { url.flatMap { record.optionalText($0) } }
    func note(_ record: CSVRecord) -> String? { noteColumn.flatMap { record.optionalText($0) } }
    func accessed(_ record: CSVRecord) throws(EntenteError) -> Day? {
        guard let accessedColumn else { return nil }
        return try record.optionalDay(accessedColumn)
    }
    func confidence(_ record: CSVRecord) throws(EntenteError) -> Confidence {
        guard let confidenceColumn, let text = record.optionalText(confidenceColumn) else { return .medium }
        guard let value = Confidence(rawValue: text) else {
            throw record.failure(confidenceColumn, "expected one of high, medium, low, found '\(text)'")
        }
        return value
    }
}
