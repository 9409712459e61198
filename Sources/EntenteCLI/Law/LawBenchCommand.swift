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
        let knowledge = LawWorkload.Knowledge()
        let day = LawWorkload.day
        for (name, question, facts, expected) in [
            ("self_defence", Question.selfDefence, LawWorkload.selfDefence(), "lawful"),
            ("collective_defence NATO Art. 5", Question.collectiveDefence, LawWorkload.nato(), "triggered"),
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
}
