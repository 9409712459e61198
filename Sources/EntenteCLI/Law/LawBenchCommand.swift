import ArgumentParser
import EntenteCore
import EntenteLaw

/// `entente law bench [--iterations N]`: assessments per second on one core, without the
/// package-benchmark side package. Build with `-c release` for meaningful numbers.
struct LawBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure assessments per second (self-defence and NATO Art. 5, would_change and tree included).")

    @Option(help: "Assessments per situation.")
    var iterations: Int = 200_000

    func validate() throws {
        guard iterations > 0 else { throw ValidationError("--iterations must be positive.") }
    }

    func run() async throws {
        let knowledge = BenchKnowledge()
        let day = Day(year: 2024, month: 5, day: 1)!
        for (name, question, facts, expected) in [
            ("self_defence", Question.selfDefence, Self.selfDefence(), "lawful"),
            ("collective_defence NATO Art. 5", Question.collectiveDefence, Self.nato(), "triggered"),
        ] {
            var checksum = 0
            let clock = ContinuousClock()
            let elapsed = try clock.measure {
                for _ in 0..<iterations {
                    let a = try LawEngine.shared.assess(question, facts: facts, asOf: day, knowledge: knowledge)
                    checksum &+= a.outcome &+ a.wouldChange.count &+ a.explanation().children.count
                }
            }
            let check = try LawEngine.shared.assess(question, facts: facts, asOf: day, knowledge: knowledge)
            guard check.outcomeLabel == expected else {
                throw ValidationError("\(name): unexpected \(check.outcomeLabel)")
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let rate = Double(iterations) / seconds
            print("\(name): \(Int(rate)) assessments/s (\(iterations) in \(seconds) s; checksum \(checksum))")
        }
    }

    /// Memberships for the benchmark's States, held in an array.
    struct BenchKnowledge: LawKnowledge {
        let nato: [(cow: Int, from: Day)] = [
            (2, Day(year: 1949, month: 8, day: 24)!), (366, Day(year: 2004, month: 3, day: 29)!),
        ]
        func resolveState(_ reference: String) throws(EntenteError) -> CowCode { CowCode(Int(reference) ?? 0) }
        func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth {
            guard organisation == "NATO" else { return .unknown }
            for spell in nato where spell.cow == state.rawValue { return day >= spell.from ? .yes : .no }
            return .no
        }
    }

    static func selfDefence() -> FactTable {
        typealias F = SelfDefenceFacts
        var facts = LawEngine.shared.newFacts(for: .selfDefence)
        facts[choice: F.selfDefenceType] = "individual"
        facts[truth: F.armedAttackOccurred] = .yes
        facts[choice: F.attackGravity] = "armed_attack"
        facts[truth: F.attackerIsState] = .yes
        facts[truth: F.burdenOfProofMet] = .yes
        facts[truth: F.reportedToSC] = .yes
        facts[truth: F.necessity] = .yes
        facts[truth: F.proportionality] = .yes
        return facts
    }

    static func nato() -> FactTable {
        typealias F = CollectiveDefenceFacts
        var facts = LawEngine.shared.newFacts(for: .collectiveDefence)
        facts[text: F.treaty] = "NATO"
        facts[state: F.attackedParty] = CowCode(366)
        facts[truth: F.attackerIsState] = .yes
        facts[truth: F.armedAttackOccurred] = .yes
        facts[day: F.attackDate] = Day(year: 2024, month: 5, day: 1)!
        facts[choice: F.targetType] = "territory"
        facts[truth: F.inEurope] = .yes
        return facts
    }
}
