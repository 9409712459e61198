/// The answer to a `customary_law` question as data: the outcome, each ILC element judged with its
/// figures, how far each threshold may move, the outcome grid, the evidence by state and the
/// practice and acceptance over time.
///
/// Undefined figures (a share over no states) are `nil`, which JSON writes `null`.
public struct CustomLawReport: Codable, Sendable, Equatable {
    /// One ILC element judged.
    public struct Condition: Codable, Sendable, Equatable {
        public var code: String
        public var status: ConditionStatus
        /// The figures behind the status.
        public var detail: String
        /// The provision the condition applies (ILC 2018 Draft Conclusions, legal-sources §7).
        public var provision: String
        /// The facts the condition used, by name.
        public var facts: [CustomFact]
    }

    /// The range of one threshold over which the outcome holds, others fixed.
    public struct Sensitivity: Codable, Sendable, Equatable {
        public var threshold: String
        public var value: Double?
        public var holdsFrom: Double?
        public var holdsTo: Double?
    }

    /// The outcome over a grid of two thresholds.
    public struct Grid: Codable, Sendable, Equatable {
        /// The threshold varied down the rows.
        public var rows: String
        /// The threshold varied across the columns.
        public var columns: String
        /// The threshold values, the same for rows and columns.
        public var values: [Double]
        /// Outcome labels, `outcomes[row][column]`.
        public var outcomes: [[String]]
    }

    /// One state's evidence.
    public struct Evidence: Codable, Sendable, Equatable {
        public var state: String
        public var region: String
        public var conforming: Int
        public var contrary: Int
        public var contraryTreatedAsBreach: Int
        public var practises: Bool
        public var acceptance: Double?
        public var opinioForms: [String]
        public var objectionSince: Int?
        /// Whether the objection was maintained up to the as-of year.
        public var objectionMaintained: Bool?
        /// Exempt from the rule as a persistent objector.
        public var persistentObjector: Bool
    }

    /// Practice and acceptance in one year.
    public struct TimelinePoint: Codable, Sendable, Equatable {
        public var year: Int
        /// The region-weighted share of states practising.
        public var practice: Double?
        /// The share of states accepting the practice as law.
        public var acceptance: Double?
    }

    /// Always `customary_law`: the question's name in the catalogue.
    public var question: String
    public var rule: String
    public var title: String
    /// `general` or `particular`.
    public var scope: String
    /// The year of the assessment.
    public var asOf: Int
    public var stateConcerned: String?
    public var outcome: String
    public var crystallisationYear: Int?
    /// The first year one third of states accepted the practice as law (the norm cascade begins).
    public var tippingPointYear: Int?
    public var conditions: [Condition]
    /// The analyst's thresholds by name.
    public var thresholds: [String: Double]
    public var sensitivity: [Sensitivity]
    public var grid: Grid
    public var wouldChange: [String]
    /// The states the rule binds.
    public var binds: [String]
    public var evidence: [Evidence]
    public var timeline: [TimelinePoint]
    public var explanation: [String]

    /// The status of the element with this code.
    public func status(_ code: String) -> ConditionStatus? { conditions.first { $0.code == code }?.status }
}

extension CustomLawReport {
    /// The report of a judged rule.
    public init(_ a: CustomAssessment) {
        func defined(_ v: Double) -> Double? { v.isFinite ? v : nil }
        var thresholds: [String: Double] = [:]
        for name in CustomThresholds.all where a.thresholds[name].isFinite { thresholds[name] = a.thresholds[name] }
        self.init(
            question: QuestionKind.customaryLaw.name, rule: a.rule, title: a.title, scope: a.scope.rawValue,
            asOf: a.asOf, stateConcerned: a.stateConcerned, outcome: a.outcome,
            crystallisationYear: a.crystallisation, tippingPointYear: a.tippingYear,
            conditions: a.conditions.map {
                Condition(code: $0.code, status: $0.status, detail: $0.detail, provision: $0.provision, facts: $0.facts)
            },
            thresholds: thresholds,
            sensitivity: a.sensitivity.map {
                Sensitivity(
                    threshold: $0.name, value: defined($0.value), holdsFrom: defined($0.low), holdsTo: defined($0.high))
            },
            grid: Grid(rows: "generality", columns: "opinio_juris", values: a.gridValues, outcomes: a.grid),
            wouldChange: a.wouldChange, binds: a.binds,
            evidence: a.table.map { r in
                Evidence(
                    state: r.state, region: r.region, conforming: r.conforming, contrary: r.contrary,
                    contraryTreatedAsBreach: r.contraryTreatedAsBreach, practises: r.practises,
                    acceptance: defined(r.acceptance), opinioForms: r.forms, objectionSince: r.objectionSince,
                    objectionMaintained: r.objectionMaintained, persistentObjector: r.exempt)
            },
            timeline: a.timeline.map {
                TimelinePoint(year: $0.year, practice: defined($0.practice), acceptance: defined($0.acceptance))
            },
            explanation: a.explanation)
    }
}
