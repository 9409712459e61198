import EntenteCore
import EntenteLaw
import Testing

/// SplitMix64, so every property case is reproducible from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Every compiled variant of every rule book of every question.
let allVariants: [CompiledRuleSet] = Question.allCases.flatMap { q in
    LawEngine.shared.ruleBooks(for: q).flatMap(\.variants)
}

/// Numbers the rule sets compare against, and their neighbours.
let interestingNumbers: [Double] = [
    0, 6, 7, 8, 9, 72, 73, 100, 250, 300, 500, 900, 901, 2999, 3000, 3500, 8999, 9000,
    12999, 13000, 13001, 25000, 40000, 40001,
]

/// A random fact table: truths, choices and numbers each known or unknown at random.
func randomFacts(_ schema: FactSchema, _ rng: inout SplitMix64) -> FactTable {
    var facts = FactTable(schema: schema)
    for definition in schema.facts {
        let unknown = Int.random(in: 0..<3, using: &rng) == 0
        if unknown { continue }
        switch definition.kind {
        case .truth: facts.setRaw(definition.id, Bool.random(using: &rng) ? 1 : 0)
        case .choice(let options): facts.setRaw(definition.id, Double(Int.random(in: 0..<options.count, using: &rng)))
        case .number: facts.setRaw(definition.id, interestingNumbers.randomElement(using: &rng)!)
        default: break
        }
    }
    return facts
}

struct PropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    /// Turning an unknown fact into true or false never changes a condition that does not depend on it.
    @Test(arguments: seeds)
    func refiningAnUnrelatedFactLeavesAConditionAlone(seed: UInt64) {
        var rng = SplitMix64(state: seed)
        for variant in allVariants {
            let schema = variant.ruleSet.schema
            let facts = randomFacts(schema, &rng)
            let base = variant.quickOutcome(facts).statuses
            for definition in schema.facts where !facts.isKnown(definition.id) {
                let values: [Double]
                switch definition.kind {
                case .truth: values = [0, 1]
                case .choice(let options): values = options.indices.map(Double.init)
                case .number: values = [0, 9000, 40001]
                default: continue
                }
                for value in values {
                    var changed = facts
                    changed.setRaw(definition.id, value)
                    let after = variant.quickOutcome(changed).statuses
                    for i in variant.conditions.indices where !variant.conditionDepends(i, on: definition.id) {
                        #expect(
                            after[i] == base[i],
                            "seed \(seed) \(variant.ruleSet.key): \(variant.conditions[i].code) changed with \(definition.name)"
                        )
                    }
                }
            }
        }
    }

    /// Where a fact pushes one way (its declared polarity), establishing it never lowers the outcome
    /// in the rule set's ranking, and increasing a number that favours never lowers it either.
    @Test(arguments: seeds)
    func outcomesAreMonotoneInFactsWithAPolarity(seed: UInt64) {
        var rng = SplitMix64(state: seed &+ 1000)
        for variant in allVariants {
            let rules = variant.ruleSet
            let schema = rules.schema
            for definition in schema.facts where definition.polarity != .neutral {
                let pair: (Double, Double)
                switch definition.kind {
                case .truth: pair = definition.polarity == .favours ? (0, 1) : (1, 0)
                case .number:
                    let low = interestingNumbers.randomElement(using: &rng)!
                    let high = interestingNumbers.filter { $0 >= low }.randomElement(using: &rng)!
                    pair = definition.polarity == .favours ? (low, high) : (high, low)
                default: continue
                }
                var facts = randomFacts(schema, &rng)
                facts.setRaw(definition.id, pair.0)
                let before = rules.rank(of: variant.outcomeLabel(variant.quickOutcome(facts).outcome))
                facts.setRaw(definition.id, pair.1)
                let after = rules.rank(of: variant.outcomeLabel(variant.quickOutcome(facts).outcome))
                if let before, let after {
                    #expect(after >= before, "seed \(seed) \(rules.key): \(definition.name) lowered the outcome")
                }
            }
        }
    }

    /// `would_change` is sound: applying each reported set gives the reported outcome.
    @Test(arguments: seeds.prefix(10))
    func wouldChangeSetsReallyFlipTheOutcome(seed: UInt64) {
        var rng = SplitMix64(state: seed &+ 2000)
        for variant in allVariants {
            let facts = randomFacts(variant.ruleSet.schema, &rng)
            let a = variant.assess(facts, governingDay: Day(iso: "2020-01-01")!)
            for set in a.wouldChange {
                var changed = facts
                for change in set.changes { changed.setRaw(change.fact, change.to) }
                #expect(variant.quickOutcome(changed).outcome == set.outcome)
                #expect(set.outcome != a.outcome)
            }
        }
    }
}
