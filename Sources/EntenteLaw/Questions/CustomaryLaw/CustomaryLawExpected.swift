extension CustomAssessment {
    /// Whether the rule file's `expected:` block asks for knowledge-base evidence (`from_data: true`).
    public var expectsData: Bool {
        guard case .map(let m)? = expected?.value else { return false }
        if case .bool(true)? = m.first(where: { $0.key == "from_data" })?.value.value { return true }
        return false
    }

    /// Compares the answer with the file's `expected:` block: `outcome`, `crystallisation`,
    /// `conditions` (code → status label), `binds_includes` and `binds_excludes`. Returns one message
    /// per mismatch, naming the file and line; empty when everything matches. A file without an
    /// expected block yields one message.
    public func expectationMismatches() -> [String] {
        guard let expected else { return ["\(file): no expected block"] }
        guard case .map(let m) = expected.value else { return ["\(file):\(expected.line): expected: not a mapping"] }
        var out: [String] = []
        for (key, v) in m {
            let at = "\(file):\(v.line): expected.\(key)"
            switch (key, v.value) {
            case ("from_data", _): break
            case ("outcome", .string(let s)):
                if s != outcome { out.append("\(at): \(s), got \(outcome)") }
            case ("crystallisation", .number(let n)):
                if crystallisation != Int(n) {
                    out.append("\(at): \(Int(n)), got \(crystallisation.map(String.init) ?? "none")")
                }
            case ("conditions", .map(let cs)):
                for (code, s) in cs {
                    guard case .string(let label) = s.value else {
                        out.append("\(file):\(s.line): expected.conditions.\(code): not a string"); continue
                    }
                    let got = status(code)?.label ?? "absent"
                    if got != label {
                        out.append("\(file):\(s.line): expected.conditions.\(code): \(label), got \(got)")
                    }
                }
            case ("binds_includes", .list(let l)), ("binds_excludes", .list(let l)):
                for item in l {
                    guard case .string(let state) = item.value else { continue }
                    let inside = binds.contains(state)
                    if inside != (key == "binds_includes") {
                        out.append("\(at): \(state) \(inside ? "is" : "is not") bound")
                    }
                }
            default:
                out.append("\(at): unknown expectation")
            }
        }
        return out
    }
}
