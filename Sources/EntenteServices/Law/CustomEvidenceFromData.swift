import EntenteCore
import EntenteLaw
import EntenteStore

/// Adds knowledge-base evidence to a candidate rule of customary law, as the rule's `from_data`
/// block selects: UN General Assembly votes as resolutions, treaty parties as the treaty basis,
/// recorded activities as practice. Reads the store only through ``KnowledgeReader``.
struct CustomEvidenceFromData {
    let store: any KnowledgeReader
    /// Where each source starts, for a `from_data` block that names no first year.
    let coverage: KnowledgeCoverage

    /// The last year a law file may name; a rule judged later reads the states of that year.
    static let lastJudgedYear = Situation.supportedDays.last.year

    /// Adds the evidence. Without a `from_data` block, only the universe of states (all states in
    /// the system at the end of the as-of year, with their regions).
    func add(to rule: inout CustomRule) async throws(EntenteError) {
        let states = try await store.states(asOf: Day.endOfYear(min(rule.asOf, Self.lastJudgedYear)))
        var codeOf: [CowCode: String] = [:]
        for s in states { codeOf[s.cow] = Self.code(s) }
        if rule.states.isEmpty {
            rule.states = states.map { (Self.code($0), $0.region.rawValue) }
        } else {
            let region = Dictionary(
                states.map { (Self.code($0), $0.region.rawValue) }, uniquingKeysWith: { a, _ in a })
            rule.states = rule.states.map { s in
                s.region == CustomRule.unassignedRegion ? (s.state, region[s.state] ?? CustomRule.unassignedRegion) : s
            }
        }
        guard let query = rule.dataQuery else { return }
        let codes = StateCodes(codeOf: codeOf)
        let toYear = min(query.toYear ?? rule.asOf, rule.asOf)
        rule.resolutions += try await resolutions(query, toYear: toYear, codes: codes)
        if let treaty = query.treaty {
            rule.treaty = try await treatyBasis(treaty, query: query, asOf: rule.asOf, codes: codes)
        }
        if let kindName = query.activityKind {
            guard let kind = ActivityKind(rawValue: kindName) else {
                let kinds = ActivityKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw EntenteError(
                    .invalidInput,
                    "\(rule.file): from_data.activities.kind: unknown activity kind \"\(kindName)\"; expected one of \(kinds)"
                )
            }
            rule.practice += try await practice(kind, query: query, toYear: toYear, codes: codes)
        }
    }

    /// The code a state has in customary-law evidence: ISO alpha-3, else the COW abbreviation.
    static func code(_ info: StateInfo) -> String { info.iso3 ?? info.cowAbbreviation }

    /// Evidence codes by COW code; a state outside the universe keeps its COW number.
    struct StateCodes {
        let codeOf: [CowCode: String]
        func callAsFunction(_ cow: CowCode) -> String { codeOf[cow] ?? String(cow.rawValue) }
    }

    /// UNGA roll calls as resolutions (evidence of opinio juris, ILC Conclusion 12), in roll-call order.
    private func resolutions(_ q: CustomDataQuery, toYear: Int, codes: StateCodes) async throws(EntenteError)
        -> [ResolutionRecord]
    {
        let votes = try await store.rollCallVotes(
            resolutions: q.resolutions, issues: q.issues, titles: q.titles,
            fromYear: q.fromYear ?? coverage.votes.firstYear, toYear: toYear)
        var byRollCall: [Int: ResolutionRecord] = [:]
        var order: [Int] = []
        for v in votes {
            var record = byRollCall[v.rollCall] ?? ResolutionRecord(symbol: v.resolution, year: v.year, yes: [])
            if byRollCall[v.rollCall] == nil { order.append(v.rollCall) }
            switch v.vote {
            case .yes: record.yes.append(codes(v.state))
            case .no: record.no.append(codes(v.state))
            case .abstain: record.abstain.append(codes(v.state))
            }
            byRollCall[v.rollCall] = record
        }
        return order.compactMap { byRollCall[$0] }
    }

    /// Treaty parties (the treaty-to-custom route, ILC Conclusion 11).
    private func treatyBasis(_ treaty: String, query q: CustomDataQuery, asOf: Int, codes: StateCodes)
        async throws(EntenteError) -> TreatyBasis
    {
        var parties: [(state: String, year: Int)] = []
        for r in try await store.treatyParties(treaty) where r.status == .party || r.status == .withdrawn {
            guard let cow = r.state else { continue }
            if let w = r.withdrawn, w.year <= asOf { continue }
            // A party whose joining date the data lacks counts from its signature, else only from the as-of year.
            parties.append((codes(cow), (r.joined ?? r.signed)?.year ?? asOf))
        }
        let adopted = q.treatyAdopted ?? parties.map(\.year).min() ?? asOf
        return TreatyBasis(treaty: treaty, adopted: adopted, parties: parties)
    }

    /// Practice from recorded activities, conforming as the query's `conforming_when` says.
    private func practice(_ kind: ActivityKind, query q: CustomDataQuery, toYear: Int, codes: StateCodes)
        async throws(EntenteError) -> [PracticeRecord]
    {
        let only = Set(q.activityStates)
        let firstYear = q.fromYear ?? min(coverage.exercises.firstYear, coverage.curatedActivities.firstYear)
        let activities = try await store.activities(
            ActivityFilter(kind: kind, from: Day.startOfYear(firstYear), to: Day.endOfYear(toYear)))
        var records: [PracticeRecord] = []
        for a in activities {
            let year = a.period.start.year
            for cow in a.participants {
                let s = codes(cow)
                if !only.isEmpty && !only.contains(s) { continue }
                switch q.conformingWhen {
                case .notified:
                    switch a.notified {
                    case .yes:
                        records.append(
                            PracticeRecord(state: s, year: year, act: a.name, conforming: true, form: "notification"))
                    case .no:
                        records.append(
                            PracticeRecord(
                                state: s, year: year, act: a.name, conforming: false,
                                form: "exercise without notification"))
                    default: continue
                    }
                case .observers:
                    // The data records observers when a source names them; an exercise without
                    // recorded observers is unknown, not contrary practice, so it is skipped.
                    guard !a.observers.isEmpty else { continue }
                    records.append(
                        PracticeRecord(state: s, year: year, act: a.name, conforming: true, form: "observers invited"))
                case .participation:
                    records.append(
                        PracticeRecord(state: s, year: year, act: a.name, conforming: true, form: kind.rawValue))
                }
            }
        }
        return records
    }
}
