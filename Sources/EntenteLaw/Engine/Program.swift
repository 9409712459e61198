import EntenteCore

/// One postfix instruction of a compiled criterion.

struct Instruction: Sendable {
    enum Op: UInt8, Sendable {
        case truth, equals, atLeast, greater, status, constant, not, and, or, unlessYes, unlessEquals
        case firstKnown, ifThenElse
    }
    var op: Op
    /// A fact index, a condition index, or an operand count, by `op`.
    var operand: Int32
    /// A choice index, a threshold, a status mask or a constant, by `op`.
    var argument: Double
}

/// A slice of a rule set variant's instruction array.

struct Program: Sendable {
    var start: Int32
    var end: Int32
}

// Truth on the evaluation stack: 0 no, 1 yes, 2 unknown.
let tNo: UInt8 = 0
let tYes: UInt8 = 1
let tUnknown: UInt8 = 2

/// Compiles a criterion to postfix instructions.
struct ProgramCompiler {
    var instructions: ContiguousArray<Instruction> = []
    var maxDepth = 0
    let schema: FactSchema
    let conditionIndex: (String) -> Int?
    let owner: String
    /// Every condition code of the rule set, in any period.
    var knownCodes: Set<String> = []

    mutating func compile(_ criterion: Criterion) -> Program {
        let start = Int32(instructions.count)
        var depth = 0
        emit(criterion, depth: &depth)
        precondition(depth == 1, "unbalanced program in \(owner)")
        return Program(start: start, end: Int32(instructions.count))
    }

    private mutating func push(_ op: Instruction.Op, _ operand: Int, _ argument: Double, _ depth: inout Int, pops: Int)
    {
        instructions.append(Instruction(op: op, operand: Int32(operand), argument: argument))
        depth += 1 - pops
        maxDepth = max(maxDepth, depth + pops)
    }

    private func choiceIndex(_ id: FactID, _ label: String) -> Int {
        guard case .choice(let options) = schema[id].kind, let index = options.firstIndex(of: label) else {
            preconditionFailure("\(owner): \(label) is not an option of \(schema[id].name)")
        }
        return index
    }

    private func requireKind(_ id: FactID, _ ok: (FactKind) -> Bool, _ what: String) {
        precondition(ok(schema[id].kind), "\(owner): \(schema[id].name) is not \(what)")
    }

    private mutating func emit(_ c: Criterion, depth: inout Int) {
        switch c {
        case .fact(let f):
            requireKind(f, { $0 == .truth }, "a truth fact")
            push(.truth, f.index, 0, &depth, pops: 0)
        case .equals(let f, let label):
            push(.equals, f.index, Double(choiceIndex(f, label)), &depth, pops: 0)
        case .atLeast(let f, let v):
            requireKind(f, { if case .number = $0 { true } else { false } }, "a number fact")
            push(.atLeast, f.index, v, &depth, pops: 0)
        case .greaterThan(let f, let v):
            requireKind(f, { if case .number = $0 { true } else { false } }, "a number fact")
            push(.greater, f.index, v, &depth, pops: 0)
        case .status(let code, let statuses):
            guard let index = conditionIndex(code) else {
                // A condition of another period (a text not in force now) never has a status.
                precondition(knownCodes.contains(code), "\(owner): \(code) is not an earlier condition")
                push(.constant, 0, 0, &depth, pops: 0)
                return
            }
            let mask = statuses.reduce(0) { $0 | (1 << Int($1.rawValue)) }
            push(.status, index, Double(mask), &depth, pops: 0)
        case .constant(let t):
            push(.constant, 0, t == .yes ? 1 : (t == .no ? 0 : 2), &depth, pops: 0)
        case .not(let inner):
            emit(inner, depth: &depth)
            push(.not, 0, 0, &depth, pops: 1)
        case .all(let cs), .any(let cs):
            precondition(!cs.isEmpty, "\(owner): empty conjunction or disjunction")
            for inner in cs { emit(inner, depth: &depth) }
            if cs.count > 1 {
                if case .all = c {
                    push(.and, cs.count, 0, &depth, pops: cs.count)
                } else {
                    push(.or, cs.count, 0, &depth, pops: cs.count)
                }
            }
        case .unlessEstablished(let f):
            requireKind(f, { $0 == .truth }, "a truth fact")
            push(.unlessYes, f.index, 0, &depth, pops: 0)
        case .unlessEquals(let f, let label):
            push(.unlessEquals, f.index, Double(choiceIndex(f, label)), &depth, pops: 0)
        case .firstKnown(let a, let b):
            emit(a, depth: &depth)
            emit(b, depth: &depth)
            push(.firstKnown, 0, 0, &depth, pops: 2)
        case .ifThenElse(let a, let b, let e):
            emit(a, depth: &depth)
            emit(b, depth: &depth)
            emit(e, depth: &depth)
            push(.ifThenElse, 0, 0, &depth, pops: 3)
        }
    }
}

/// Runs one program over fact values and condition statuses.
///
/// - Complexity: O(program length); no allocation (the stack is the caller's).
@inline(__always)
func run(
    _ program: Program, _ code: UnsafeBufferPointer<Instruction>, _ values: UnsafeMutableBufferPointer<Double>,
    _ statuses: StatusVector, _ stack: UnsafeMutableBufferPointer<UInt8>
) -> UInt8 {
    var sp = 0
    var pc = Int(program.start)
    let end = Int(program.end)
    while pc < end {
        let ins = code[pc]
        pc &+= 1
        switch ins.op {
        case .truth:
            let v = values[Int(ins.operand)]
            stack[sp] = v.isNaN ? tUnknown : (v != 0 ? tYes : tNo)
            sp &+= 1
        case .equals:
            let v = values[Int(ins.operand)]
            stack[sp] = v.isNaN ? tUnknown : (v == ins.argument ? tYes : tNo)
            sp &+= 1
        case .atLeast:
            let v = values[Int(ins.operand)]
            stack[sp] = v.isNaN ? tUnknown : (v >= ins.argument ? tYes : tNo)
            sp &+= 1
        case .greater:
            let v = values[Int(ins.operand)]
            stack[sp] = v.isNaN ? tUnknown : (v > ins.argument ? tYes : tNo)
            sp &+= 1
        case .status:
            let s = statuses[Int(ins.operand)]
            stack[sp] = (Int(ins.argument) >> Int(s.rawValue)) & 1 == 1 ? tYes : tNo
            sp &+= 1
        case .constant:
            stack[sp] = UInt8(ins.argument)
            sp &+= 1
        case .not:
            let a = stack[sp &- 1]
            stack[sp &- 1] = a == tUnknown ? tUnknown : (a == tYes ? tNo : tYes)
        case .and:
            let n = Int(ins.operand)
            var sawUnknown = false, sawNo = false
            for i in (sp &- n)..<sp {
                let a = stack[i]
                if a == tNo { sawNo = true } else if a == tUnknown { sawUnknown = true }
            }
            sp &-= n
            stack[sp] = sawNo ? tNo : (sawUnknown ? tUnknown : tYes)
            sp &+= 1
        case .or:
            let n = Int(ins.operand)
            var sawUnknown = false, sawYes = false
            for i in (sp &- n)..<sp {
                let a = stack[i]
                if a == tYes { sawYes = true } else if a == tUnknown { sawUnknown = true }
            }
            sp &-= n
            stack[sp] = sawYes ? tYes : (sawUnknown ? tUnknown : tNo)
            sp &+= 1
        case .unlessYes:
            let v = values[Int(ins.operand)]
            stack[sp] = (!v.isNaN && v != 0) ? tNo : tYes
            sp &+= 1
        case .unlessEquals:
            let v = values[Int(ins.operand)]
            stack[sp] = (!v.isNaN && v == ins.argument) ? tNo : tYes
            sp &+= 1
        case .firstKnown:
            let b = stack[sp &- 1], a = stack[sp &- 2]
            sp &-= 1
            stack[sp &- 1] = a != tUnknown ? a : b
        case .ifThenElse:
            let e = stack[sp &- 1], t = stack[sp &- 2], c = stack[sp &- 3]
            sp &-= 2
            stack[sp &- 1] = c == tYes ? t : (c == tNo ? e : (t == e ? t : tUnknown))
        }
    }
    return stack[0]
}
