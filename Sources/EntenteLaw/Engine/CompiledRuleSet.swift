public import EntenteCore

/// A ``RuleSet`` compiled for one period of time: the conditions in force in that period as
/// postfix programs over a dense fact array, with the dependency masks `would_change` uses.
///
/// Compiled once (the engine keeps them for the life of the process); assessing with it
/// allocates only the copy of the fact values and the `would_change` list.
///
/// `@unchecked Sendable`: the evaluation tables live in buffers allocated and written only in
/// `init`, read-only afterwards, and freed in `deinit`; nothing else mutates the instance.
public final class CompiledRuleSet: @unchecked Sendable {
    /// The declaration this variant was compiled from.
    public let ruleSet: RuleSet
    /// The period this variant covers.
    public let period: InForce
    /// The conditions in force in the period, in evaluation order.
    public let conditions: [ConditionRule]
    /// For each condition, the facts its criteria read, in schema order.
    public let factsUsed: [[FactID]]
    /// Facts read in a presumption (non-monotone) position by each condition.
    let presumptionFacts: [[FactID]]
    /// The evaluation tables as raw buffers, so the hot loops do no reference counting.
    let kernel: Kernel
    /// The shape of the explanation tree.
    let explanationLayout: ExplanationLayout

    struct Alternative: Sendable {
        var fact: Int32
        var value: Double
    }

    init(_ ruleSet: RuleSet, period: InForce, day: Day?) {
        self.ruleSet = ruleSet
        self.period = period
        let conditions = ruleSet.conditions.filter { rule in day.map { rule.inForce.contains($0) } ?? true }
        precondition(conditions.count <= StatusVector.capacity, "\(ruleSet.key): too many conditions")
        precondition(Set(conditions.map(\.code)).count == conditions.count, "\(ruleSet.key): duplicate codes")
        self.conditions = conditions
        let schema = ruleSet.schema
        var applies: ContiguousArray<Program> = []
        var contested: ContiguousArray<Program> = []
        var hasContested: ContiguousArray<Bool> = []
        var tests: ContiguousArray<Program> = []
        var factsUsed: [[FactID]] = []
        var presumption: [[FactID]] = []
        var statusRefs: [Set<Int>] = []
        var compiler = ProgramCompiler(
            schema: schema, conditionIndex: { _ in nil }, owner: ruleSet.key)
        for (i, rule) in conditions.enumerated() {
            let earlier = Dictionary(uniqueKeysWithValues: conditions[..<i].enumerated().map { ($1.code, $0) })
            var c = ProgramCompiler(
                instructions: compiler.instructions, maxDepth: compiler.maxDepth, schema: schema,
                conditionIndex: { earlier[$0] }, owner: "\(ruleSet.key) \(rule.code)",
                knownCodes: Set(ruleSet.conditions.map(\.code)))
            applies.append(c.compile(rule.appliesWhen))
            hasContested.append(rule.contestedWhen != nil)
            contested.append(c.compile(rule.contestedWhen ?? .constant(.no)))
            tests.append(c.compile(rule.test))
            compiler = c
            var reads = Set<FactID>(), refs = Set<Int>(), presumed = Set<FactID>()
            for criterion in [rule.appliesWhen, rule.test] + (rule.contestedWhen.map { [$0] } ?? []) {
                collect(
                    criterion, schema: schema, earlier: earlier, reads: &reads, refs: &refs,
                    presumed: &presumed, inPresumption: false)
            }
            factsUsed.append(reads.sorted())
            presumption.append(presumed.sorted())
            statusRefs.append(refs)
        }
        let all = Dictionary(uniqueKeysWithValues: conditions.enumerated().map { ($1.code, $0) })
        var guards: ContiguousArray<Program> = []
        var guardOutcome: ContiguousArray<Int> = []
        var g = ProgramCompiler(
            instructions: compiler.instructions, maxDepth: compiler.maxDepth, schema: schema,
            conditionIndex: { all[$0] }, owner: "\(ruleSet.key) outcomes",
            knownCodes: Set(ruleSet.conditions.map(\.code)))
        var guardReads = Set<FactID>()
        for rule in ruleSet.outcomeRules {
            guard let index = ruleSet.outcomes.firstIndex(of: rule.label) else {
                preconditionFailure("\(ruleSet.key): outcome \(rule.label) is not declared")
            }
            guards.append(g.compile(rule.when))
            guardOutcome.append(index)
            var refs = Set<Int>(), presumed = Set<FactID>()
            collect(
                rule.when, schema: schema, earlier: all, reads: &guardReads, refs: &refs, presumed: &presumed,
                inPresumption: false)
        }
        precondition(guardReads.isEmpty, "\(ruleSet.key): outcome rules must read condition statuses only")
        if case .constant(.yes) = ruleSet.outcomeRules.last?.when {
        } else {
            preconditionFailure("\(ruleSet.key): the last outcome rule must apply always")
        }
        let code = g.instructions
        let stackSize = max(4, g.maxDepth + 1)
        self.factsUsed = factsUsed
        self.explanationLayout = ExplanationLayout(conditions)
        self.presumptionFacts = presumption

        // Dependency masks: direct readers, then conditions reading their status, transitively.
        var dependents = ContiguousArray<UInt16>(repeating: 0, count: schema.count)
        for f in 0..<schema.count {
            var mask: UInt16 = 0
            for (i, used) in factsUsed.enumerated() where used.contains(FactID(f)) { mask |= 1 << i }
            for (i, refs) in statusRefs.enumerated() where refs.contains(where: { mask & (1 << $0) != 0 }) {
                mask |= 1 << i
            }
            dependents[f] = mask
        }

        // Alternatives for would_change: every value that can change a criterion.
        var thresholds: [Int: Set<Double>] = [:]
        for instruction in g.instructions {
            switch instruction.op {
            case .atLeast:
                thresholds[Int(instruction.operand), default: []].formUnion([instruction.argument])
                thresholds[Int(instruction.operand), default: []].insert(instruction.argument - 1)
            case .greater:
                thresholds[Int(instruction.operand), default: []].formUnion([instruction.argument])
                thresholds[Int(instruction.operand), default: []].insert(instruction.argument + 1)
            default: break
            }
        }
        var alternatives: ContiguousArray<Alternative> = []
        let readAnywhere = Set(factsUsed.flatMap { $0 })
        for definition in schema.facts where readAnywhere.contains(definition.id) {
            let f = Int32(definition.id.index)
            switch definition.kind {
            case .truth:
                alternatives.append(Alternative(fact: f, value: 1))
                alternatives.append(Alternative(fact: f, value: 0))
            case .choice(let options):
                for i in options.indices { alternatives.append(Alternative(fact: f, value: Double(i))) }
            case .number:
                for v in (thresholds[Int(f)] ?? []).sorted() where v >= 0 {
                    alternatives.append(Alternative(fact: f, value: v))
                }
            case .date, .state, .states, .text:
                break
            }
        }
        // Only facts whose change can reach a condition the outcome rules read are worth trying.
        var outcomeReads: UInt16 = 0
        for instruction in g.instructions[Int(guards.first?.start ?? 0)...] where instruction.op == .status {
            outcomeReads |= 1 << Int(instruction.operand)
        }
        alternatives = ContiguousArray(alternatives.filter { dependents[Int($0.fact)] & outcomeReads != 0 })
        var conditionPrograms = ContiguousArray<ConditionPrograms>()
        for i in conditions.indices {
            conditionPrograms.append(
                ConditionPrograms(
                    applies: applies[i], contested: contested[i], test: tests[i],
                    hasContested: hasContested[i]))
        }
        self.kernel = Kernel(
            code: code, conditions: conditionPrograms, guards: guards, guardOutcome: guardOutcome,
            dependents: dependents, alternatives: alternatives, stackSize: stackSize)
    }

    deinit { kernel.deallocate() }

    /// The outcome label at `index`.
    public func outcomeLabel(_ index: Int) -> String { ruleSet.outcomes[index] }

    /// Whether condition `condition` can change when `fact` changes: it reads the fact, or reads the
    /// status of a condition that does (the mask `would_change` re-evaluates).
    public func conditionDepends(_ condition: Int, on fact: FactID) -> Bool {
        kernel.dependents[fact.index] & (1 << condition) != 0
    }

    /// The index of a condition by code, if it is in force in this variant.
    public func conditionIndex(_ code: String) -> Int? { conditions.firstIndex { $0.code == code } }
}

private func collect(
    _ c: Criterion, schema: FactSchema, earlier: [String: Int], reads: inout Set<FactID>, refs: inout Set<Int>,
    presumed: inout Set<FactID>, inPresumption: Bool
) {
    func rec(_ c: Criterion, _ p: Bool) {
        collect(
            c, schema: schema, earlier: earlier, reads: &reads, refs: &refs, presumed: &presumed,
            inPresumption: p)
    }
    switch c {
    case .fact(let f), .equals(let f, _), .atLeast(let f, _), .greaterThan(let f, _):
        reads.insert(f)
        if inPresumption { presumed.insert(f) }
    case .unlessEstablished(let f), .unlessEquals(let f, _):
        reads.insert(f)
        presumed.insert(f)
    case .status(let code, _):
        if let i = earlier[code] { refs.insert(i) }
    case .constant: break
    case .not(let inner): rec(inner, inPresumption)
    case .all(let cs), .any(let cs): for inner in cs { rec(inner, inPresumption) }
    case .firstKnown(let a, let b):
        rec(a, true)
        rec(b, true)
    case .ifThenElse(let a, let b, let e):
        rec(a, inPresumption)
        rec(b, inPresumption)
        rec(e, inPresumption)
    }
}

// MARK: - Evaluation

/// The three programs of one condition.
struct ConditionPrograms {
    var applies: Program
    var contested: Program
    var test: Program
    var hasContested: Bool
}

/// A compiled rule set's tables as raw buffers, and the loops that evaluate them.
///
/// A plain struct of pointers: passing it around costs nothing and reading it retains nothing.
struct Kernel {
    let code: UnsafeBufferPointer<Instruction>
    let conditions: UnsafeBufferPointer<ConditionPrograms>
    let guards: UnsafeBufferPointer<Program>
    /// For each outcome rule, the index of its label in `ruleSet.outcomes`.
    let guardOutcome: UnsafeBufferPointer<Int>
    /// For each fact, the conditions whose status can change when it changes (bit i = condition i).
    let dependents: UnsafeBufferPointer<UInt16>
    /// Alternative values tried by `would_change`.
    let alternatives: UnsafeBufferPointer<CompiledRuleSet.Alternative>
    let stackSize: Int

    init(
        code: ContiguousArray<Instruction>, conditions: ContiguousArray<ConditionPrograms>,
        guards: ContiguousArray<Program>, guardOutcome: ContiguousArray<Int>, dependents: ContiguousArray<UInt16>,
        alternatives: ContiguousArray<CompiledRuleSet.Alternative>, stackSize: Int
    ) {
        func copy<T>(_ array: ContiguousArray<T>) -> UnsafeBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
            _ = buffer.initialize(from: array)
            return UnsafeBufferPointer(start: buffer.baseAddress, count: array.count)
        }
        self.code = copy(code)
        self.conditions = copy(conditions)
        self.guards = copy(guards)
        self.guardOutcome = copy(guardOutcome)
        self.dependents = copy(dependents)
        self.alternatives = copy(alternatives)
        self.stackSize = stackSize
    }

    func deallocate() {
        code.deallocate()
        conditions.deallocate()
        guards.deallocate()
        guardOutcome.deallocate()
        dependents.deallocate()
        alternatives.deallocate()
    }

    /// Evaluates the conditions selected by `mask`, in order, updating `statuses`.
    @inline(__always)
    func evaluate(
        mask: UInt16, _ values: UnsafeMutableBufferPointer<Double>, _ statuses: inout StatusVector,
        _ stack: UnsafeMutableBufferPointer<UInt8>
    ) {
        var remaining = mask
        while remaining != 0 {
            let i = remaining.trailingZeroBitCount
            remaining &= remaining &- 1
            let c = conditions[i]
            let a = run(c.applies, code, values, statuses, stack)
            let status: ConditionStatus
            if a == tNo {
                status = .notApplicable
            } else if a == tUnknown {
                status = .unknown
            } else if c.hasContested && run(c.contested, code, values, statuses, stack) == tYes {
                status = .contested
            } else {
                let t = run(c.test, code, values, statuses, stack)
                status = t == tYes ? .met : (t == tNo ? .notMet : .unknown)
            }
            statuses[i] = status
        }
    }

    /// The index of the first outcome rule whose guard holds.
    @inline(__always)
    func decide(
        _ values: UnsafeMutableBufferPointer<Double>, _ statuses: StatusVector,
        _ stack: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        for r in 0..<guards.count where run(guards[r], code, values, statuses, stack) == tYes {
            return r
        }
        return guards.count - 1
    }

    static let pairBudget = 20_000
    static let maxSets = 48

    /// Searches the smallest sets of changes that flip the outcome; returns whether it stopped at its budget.
    func searchChanges(
        _ values: UnsafeMutableBufferPointer<Double>, _ base: StatusVector, _ baseOutcome: Int,
        _ stack: UnsafeMutableBufferPointer<UInt8>, _ found: inout [FactChangeSet], fixed: [Bool] = []
    ) -> Bool {
        let n = alternatives.count
        // Single changes.
        for k in 0..<n {
            let alt = alternatives[k]
            let f = Int(alt.fact)
            let old = values[f]
            if old == alt.value || (!fixed.isEmpty && fixed[f]) { continue }
            values[f] = alt.value
            var s = base
            evaluate(mask: dependents[f], values, &s, stack)
            let outcome = s == base ? baseOutcome : guardOutcome[decide(values, s, stack)]
            values[f] = old
            if outcome != baseOutcome {
                let change = FactChange(fact: FactID(f), from: old, to: alt.value)
                // Keep one number change per fact and outcome: the one closest to the current value.
                if let j = found.firstIndex(where: { $0.first.fact.index == f && $0.outcome == outcome }) {
                    if !old.isNaN && abs(alt.value - old) < abs(found[j].first.to - old) {
                        found[j] = FactChangeSet(first: change, second: nil, outcome: outcome)
                    }
                } else {
                    found.append(FactChangeSet(first: change, second: nil, outcome: outcome))
                }
            }
        }
        if !found.isEmpty { return false }
        // Pairs, only when no single change flips the outcome.
        var budget = Kernel.pairBudget
        for k in 0..<n {
            let a = alternatives[k]
            let fa = Int(a.fact)
            let oldA = values[fa]
            if oldA == a.value || (!fixed.isEmpty && fixed[fa]) { continue }
            for m in (k + 1)..<max(k + 1, n) {
                let b = alternatives[m]
                let fb = Int(b.fact)
                if fb == fa { continue }
                let oldB = values[fb]
                if oldB == b.value || (!fixed.isEmpty && fixed[fb]) { continue }
                budget -= 1
                if budget < 0 { return true }
                values[fa] = a.value
                values[fb] = b.value
                var s = base
                evaluate(mask: dependents[fa] | dependents[fb], values, &s, stack)
                let outcome = s == base ? baseOutcome : guardOutcome[decide(values, s, stack)]
                values[fa] = oldA
                values[fb] = oldB
                if outcome != baseOutcome {
                    found.append(
                        FactChangeSet(
                            first: FactChange(fact: FactID(fa), from: oldA, to: a.value),
                            second: FactChange(fact: FactID(fb), from: oldB, to: b.value), outcome: outcome))
                    if found.count >= Kernel.maxSets { return true }
                }
            }
        }
        return false
    }
}

extension CompiledRuleSet {
    /// Assesses a fact table: every condition's status, the outcome, and `would_change`.
    ///
    /// - Parameters:
    ///   - facts: the facts, already resolved and derived.
    ///   - governingDay: the day whose law this variant is.
    ///   - searchWouldChange: whether to search the smallest sets of fact changes that flip the outcome.
    /// - Returns: the assessment; rendering its explanation is separate and lazy.
    /// - Complexity: O(p) for the conditions, where p is the total program length, plus O(a·p') for
    ///   `would_change` over a alternative values, each re-evaluating only the conditions that depend
    ///   on the changed fact; pairs of changes are searched only when no single change flips the outcome.
    public func assess(_ facts: FactTable, governingDay: Day, searchWouldChange: Bool = true) -> Assessment {
        var values = facts.values
        let kernel = self.kernel
        let allMask: UInt16 = conditions.isEmpty ? 0 : UInt16(truncatingIfNeeded: (1 << conditions.count) - 1)
        var statuses = StatusVector()
        var rule = 0
        var changes: [FactChangeSet] = []
        var truncated = false
        values.withUnsafeMutableBufferPointer { values in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: kernel.stackSize) { stack in
                kernel.evaluate(mask: allMask, values, &statuses, stack)
                rule = kernel.decide(values, statuses, stack)
                if searchWouldChange {
                    truncated = kernel.searchChanges(
                        values, statuses, kernel.guardOutcome[rule], stack, &changes, fixed: facts.fixed)
                }
            }
        }
        return Assessment(
            ruleSet: self, facts: facts, statuses: statuses, outcomeRule: rule, outcome: kernel.guardOutcome[rule],
            wouldChange: changes, wouldChangeTruncated: truncated, governingDay: governingDay)
    }

    /// Statuses and outcome only, for callers that need neither explanation nor `would_change`.
    public func quickOutcome(_ facts: FactTable) -> (outcome: Int, statuses: StatusVector) {
        var values = facts.values
        let kernel = self.kernel
        let allMask: UInt16 = conditions.isEmpty ? 0 : UInt16(truncatingIfNeeded: (1 << conditions.count) - 1)
        var statuses = StatusVector()
        var rule = 0
        values.withUnsafeMutableBufferPointer { values in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: kernel.stackSize) { stack in
                kernel.evaluate(mask: allMask, values, &statuses, stack)
                rule = kernel.decide(values, statuses, stack)
            }
        }
        return (kernel.guardOutcome[rule], statuses)
    }
}
