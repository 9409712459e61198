import ArgumentParser
import EntenteCore
import EntenteLaw
import EntenteStore
import Foundation

/// `entente law custom RULE.yaml [--evidence FILE …] [--from-data] [--format text|json|html]`
struct LawCustomCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "custom",
        abstract: "Judge whether a practice has become customary international law (ILC 2018 Draft Conclusions).")

    @Argument(help: "The candidate rule with its evidence, YAML or JSON (see examples/law/custom/).")
    var rule: String?

    @Option(
        name: .customLong("evidence"),
        help: "Further evidence files (practice, opinio_juris, objections, resolutions); repeatable.")
    var evidence: [String] = []

    @Flag(
        name: .customLong("from-data"),
        help:
            "Add evidence from the knowledge base as the rule's from_data block selects: UNGA votes, treaty parties, activities."
    )
    var fromData = false

    @Option(help: "Output format: text, json or html.")
    var format: LawFormat = .text

    @Option(
        help: ArgumentHelp(
            "Instead of a rule file, time N judgements of a synthetic rule (190 states, 10,000 records); build with -c release.",
            visibility: .hidden))
    var bench: Int?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if let bench, bench <= 0 { throw ValidationError("--bench must be positive.") }
        if bench == nil && rule == nil { throw ValidationError("Missing the rule file.") }
    }

    func run() async throws {
        if let bench {
            Self.runBench(iterations: bench)
            return
        }
        guard let rule else { return }
        do {
            var parsed = try CustomRule.parse(try Self.read(rule), file: rule)
            for file in evidence { try parsed.addEvidence(try Self.read(file), file: file) }
            if fromData {
                let store = try storeOptions.open()
                try await Self.addData(to: &parsed, store: store)
            }
            print(Self.render(CustomaryLaw.assess(parsed), format: format), terminator: "")
        } catch let error as EntenteError {
            throw failLaw(error)
        }
    }

    static func runBench(iterations: Int) {
        let workload = CustomWorkload.rule(states: 190, records: 10_000)
        let clock = ContinuousClock()
        var times: [Double] = []
        var outcome = ""
        for _ in 0..<iterations {
            let t = clock.measure { outcome = CustomaryLaw.assess(workload).outcome }
            times.append(Double(t.components.seconds) * 1e3 + Double(t.components.attoseconds) * 1e-15)
        }
        times.sort()
        func pct(_ p: Double) -> String {
            String(format: "%.2f", times[min(times.count - 1, Int(Double(times.count - 1) * p))])
        }
        print(
            "customary_law 190 states × 10,000 records, sensitivity + grid + table: \(iterations) runs, ms p0 \(pct(0)) p50 \(pct(0.5)) p90 \(pct(0.9)) max \(pct(1)) (outcome \(outcome))"
        )
    }

    static func read(_ file: String) throws(EntenteError) -> String {
        do {
            return try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw EntenteError(.notFound, "cannot read \(file): \(error.localizedDescription)")
        }
    }

    static func render(_ assessment: CustomAssessment, format: LawFormat) -> String {
        switch format {
        case .text: assessment.text()
        case .json: assessment.json()
        case .html: assessment.html()
        }
    }

    /// The code a state has in customary-law evidence: ISO alpha-3, else the COW abbreviation.
    static func code(_ info: StateInfo) -> String { info.iso3 ?? info.cowAbbreviation }

    /// Adds knowledge-base evidence as the rule's `from_data` block selects. Without a block, only the
    /// universe of states (all states in the system at the end of the as-of year, with their regions).
    static func addData(to rule: inout CustomRule, store: SQLiteStore) async throws(EntenteError) {
        let asOfDay = Day.endOfYear(min(rule.asOf, 2100))
        let states = try await store.states(asOf: asOfDay)
        var codeOf: [CowCode: String] = [:]
        for s in states { codeOf[s.cow] = code(s) }
        if rule.states.isEmpty {
            rule.states = states.map { (code($0), $0.region.rawValue) }
        } else {
            let region = Dictionary(states.map { (code($0), $0.region.rawValue) }, uniquingKeysWith: { a, _ in a })
            rule.states = rule.states.map { s in
                s.region == "unassigned" ? (s.state, region[s.state] ?? "unassigned") : s
            }
        }
        guard let q = rule.dataQuery else { return }
        let to = min(q.toYear ?? rule.asOf, rule.asOf)
        func stateCode(_ cow: CowCode) -> String { codeOf[cow] ?? String(cow.rawValue) }
        // UNGA votes as resolutions (evidence of opinio juris, ILC Conclusion 12).
        let votes = try await store.rollCallVotes(
            resolutions: q.resolutions, issues: q.issues, titles: q.titles, fromYear: q.fromYear, toYear: to)
        var byRollCall: [Int: ResolutionRecord] = [:]
        var order: [Int] = []
        for v in votes {
            if byRollCall[v.rollCall] == nil {
                byRollCall[v.rollCall] = ResolutionRecord(symbol: v.resolution, year: v.year, yes: [])
                order.append(v.rollCall)
            }
            switch v.vote {
            case .yes: byRollCall[v.rollCall]!.yes.append(stateCode(v.state))
            case .no: byRollCall[v.rollCall]!.no.append(stateCode(v.state))
            case .abstain: byRollCall[v.rollCall]!.abstain.append(stateCode(v.state))
            }
        }
        rule.resolutions += order.map { byRollCall[$0]! }
        // Treaty parties (the treaty-to-custom route, ILC Conclusion 11).
        if let treaty = q.treaty {
            let rows = try await store.treatyParties(treaty)
            var parties: [(state: String, year: Int)] = []
            for r in rows where r.status == .party || r.status == .withdrawn {
                guard let cow = r.state else { continue }
                if let w = r.withdrawn, w.year <= rule.asOf { continue }
                // A party whose joining date the data lacks counts from its signature, else only from the as-of year.
                parties.append((stateCode(cow), (r.joined ?? r.signed)?.year ?? rule.asOf))
            }
            let adopted = q.treatyAdopted ?? parties.map(\.year).min() ?? rule.asOf
            rule.treaty = TreatyBasis(treaty: treaty, adopted: adopted, parties: parties)
        }
        // Practice from recorded activities.
        if let kindName = q.activityKind {
            guard let kind = ActivityKind(rawValue: kindName) else {
                throw EntenteError(
                    .invalidInput,
                    "\(rule.file): from_data.activities.kind: unknown activity kind \"\(kindName)\"; expected one of \(ActivityKind.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            let only = Set(q.activityStates)
            let activities = try await store.activities(
                ActivityFilter(kind: kind, from: Day.startOfYear(q.fromYear), to: Day.endOfYear(to)))
            for a in activities {
                let year = a.period.start.year
                for cow in a.participants {
                    let s = stateCode(cow)
                    if !only.isEmpty && !only.contains(s) { continue }
                    switch q.conformingWhen {
                    case "notified":
                        switch a.notified {
                        case .yes:
                            rule.practice.append(
                                PracticeRecord(
                                    state: s, year: year, act: a.name, conforming: true, form: "notification"))
                        case .no:
                            rule.practice.append(
                                PracticeRecord(
                                    state: s, year: year, act: a.name, conforming: false,
                                    form: "exercise without notification"))
                        default: continue
                        }
                    case "observers":
                        // The data records observers when a source names them; an exercise without
                        // recorded observers is unknown, not contrary practice, so it is skipped.
                        guard !a.observers.isEmpty else { continue }
                        rule.practice.append(
                            PracticeRecord(
                                state: s, year: year, act: a.name, conforming: true, form: "observers invited"))
                    default:
                        rule.practice.append(
                            PracticeRecord(state: s, year: year, act: a.name, conforming: true, form: kindName))
                    }
                }
            }
        }
    }
}
