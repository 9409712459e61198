public import EntenteCore

extension CustomRule {
    /// Parses a rule file (YAML or JSON). Errors name the file, the line and the field path.
    public static func parse(_ text: String, file: String) throws(EntenteError) -> CustomRule {
        let root = try SituationReader.read(text, file: file)
        let r = CustomReader(file: file)
        let map = try r.map(root, "")
        try r.checkKeys(map, allowed: CustomRule.fields.map(\.name) + ["question", "description", "notes"], "")
        let id = try r.string(r.required(map, "rule", root, ""), "rule")
        let asOf = try r.year(r.required(map, "as_of", root, ""), "as_of")
        var rule = CustomRule(id: id, asOf: asOf, states: [], file: file)
        rule.title = try r.optional(map, "title").map { v throws(EntenteError) in try r.string(v, "title") } ?? ""
        if let s = r.optional(map, "scope") {
            let raw = try r.string(s, "scope")
            guard let scope = CustomScope(rawValue: raw) else {
                throw r.fail(s, "scope", "expected general or particular, found \"\(raw)\"")
            }
            rule.scope = scope
        }
        if let v = r.optional(map, "states") {
            for (i, item) in try r.list(v, "states").enumerated() {
                let path = "states[\(i)]"
                if case .string = item.value {
                    rule.states.append((try r.state(item, path), CustomRule.unassignedRegion))
                } else {
                    let m = try r.map(item, path)
                    try r.checkKeys(m, allowed: ["state", "region"], path)
                    let code = try r.state(r.required(m, "state", item, path), path + ".state")
                    let region =
                        try r.optional(m, "region").map { v throws(EntenteError) in try r.string(v, path + ".region") }
                        ?? CustomRule.unassignedRegion
                    rule.states.append((code, region))
                }
            }
        }
        if let v = r.optional(map, "states_concerned") { rule.statesConcerned = try r.states(v, "states_concerned") }
        if let v = r.optional(map, "specially_affected_states") {
            rule.speciallyAffected = try r.states(v, "specially_affected_states")
        }
        if let v = r.optional(map, "peremptory") { rule.peremptory = try r.bool(v, "peremptory") }
        if let v = r.optional(map, "state_concerned") { rule.stateConcerned = try r.state(v, "state_concerned") }
        if let v = r.optional(map, "thresholds") {
            let m = try r.map(v, "thresholds")
            for (key, value) in m {
                guard CustomThresholds.all.contains(key) else {
                    throw r.fail(
                        value, "thresholds.\(key)",
                        "unknown threshold; expected one of \(CustomThresholds.all.joined(separator: ", "))")
                }
                let n = try r.number(value, "thresholds.\(key)")
                guard n >= 0, CustomThresholds.countsYears(key) || n <= 1 else {
                    throw r.fail(
                        value, "thresholds.\(key)", "out of range (\(n)); shares lie in 0…1, duration_years ≥ 0")
                }
                rule.thresholds[key] = n
            }
        }
        if let v = r.optional(map, "treaty_basis") {
            let m = try r.map(v, "treaty_basis")
            try r.checkKeys(m, allowed: ["treaty", "adopted", "parties"], "treaty_basis")
            let treaty = try r.string(r.required(m, "treaty", v, "treaty_basis"), "treaty_basis.treaty")
            let adopted = try r.year(r.required(m, "adopted", v, "treaty_basis"), "treaty_basis.adopted")
            var parties: [(state: String, year: Int)] = []
            if let p = r.optional(m, "parties") {
                for (i, item) in try r.list(p, "treaty_basis.parties").enumerated() {
                    let path = "treaty_basis.parties[\(i)]"
                    let pm = try r.map(item, path)
                    try r.checkKeys(pm, allowed: ["state", "year"], path)
                    parties.append(
                        (
                            try r.state(r.required(pm, "state", item, path), path + ".state"),
                            try r.year(r.required(pm, "year", item, path), path + ".year")
                        ))
                }
            }
            rule.treaty = TreatyBasis(treaty: treaty, adopted: adopted, parties: parties)
        }
        if let v = r.optional(map, "aggregate") { rule.aggregate = try parseAggregate(v, reader: r) }
        try rule.addEvidence(map, reader: r)
        rule.expandDeclaredGroups()
        if let v = r.optional(map, "from_data") { rule.dataQuery = try parseDataQuery(v, reader: r) }
        rule.expected = r.optional(map, "expected")
        rule.stateReferences = r.references
        return rule
    }

    /// Reads `aggregate: {practice: widespread|not_widespread, acceptance: shown|not_shown, since,
    /// party_relying_on_rule, source}`.
    static func parseAggregate(_ v: SituationValue.Located, reader r: CustomReader) throws(EntenteError)
        -> AggregateEvidence
    {
        let m = try r.map(v, "aggregate")
        try r.checkKeys(
            m, allowed: ["practice", "acceptance", "since", "party_relying_on_rule", "source"], "aggregate")
        var a = AggregateEvidence()
        if let p = r.optional(m, "practice") {
            switch try r.string(p, "aggregate.practice") {
            case "widespread": a.practiceWidespread = true
            case "not_widespread": a.practiceWidespread = false
            case let other:
                throw r.fail(p, "aggregate.practice", "expected widespread or not_widespread, found \"\(other)\"")
            }
        }
        if let p = r.optional(m, "acceptance") {
            switch try r.string(p, "aggregate.acceptance") {
            case "shown": a.acceptanceShown = true
            case "not_shown": a.acceptanceShown = false
            case let other: throw r.fail(p, "aggregate.acceptance", "expected shown or not_shown, found \"\(other)\"")
            }
        }
        if let p = r.optional(m, "since") { a.since = try r.year(p, "aggregate.since") }
        if let p = r.optional(m, "party_relying_on_rule") {
            a.partyRelyingOnRule = try r.state(p, "aggregate.party_relying_on_rule")
        }
        if let p = r.optional(m, "source") { a.source = try r.string(p, "aggregate.source") }
        return a
    }

    /// Adds the practice, opinio juris, objections and resolutions of an evidence file.
    public mutating func addEvidence(_ text: String, file: String) throws(EntenteError) {
        let root = try SituationReader.read(text, file: file)
        let r = CustomReader(file: file)
        let map = try r.map(root, "")
        try r.checkKeys(
            map,
            allowed: [
                "groups", "practice", "opinio_juris", "reactions", "objections", "resolutions", "description", "notes",
            ], "")
        try addEvidence(map, reader: r)
        expandDeclaredGroups()
        stateReferences += r.references
    }

    mutating func addEvidence(_ map: [(key: String, value: SituationValue.Located)], reader r: CustomReader)
        throws(EntenteError)
    {
        if let v = r.optional(map, "groups") {
            for (name, members) in try r.map(v, "groups") {
                declaredGroups[name] = try r.states(members, "groups.\(name)")
            }
        }
        if let v = r.optional(map, "practice") {
            for (i, item) in try r.list(v, "practice").enumerated() {
                let path = "practice[\(i)]"
                let m = try r.map(item, path)
                try r.checkKeys(
                    m, allowed: ["state", "group", "year", "act", "conforming", "form", "treated_as_breach"], path)
                let subject = try r.subject(m, item, path)
                let record =
                    PracticeRecord(
                        state: subject.state ?? "",
                        year: try r.year(r.required(m, "year", item, path), path + ".year"),
                        act: try r.optional(m, "act").map { v throws(EntenteError) in try r.string(v, path + ".act") }
                            ?? "",
                        conforming: try r.bool(r.required(m, "conforming", item, path), path + ".conforming"),
                        form: try r.optional(m, "form").map { v throws(EntenteError) in try r.string(v, path + ".form")
                        } ?? "physical",
                        treatedAsBreach: try r.optional(m, "treated_as_breach").map { v throws(EntenteError) in
                            try r.bool(v, path + ".treated_as_breach")
                        } ?? false)
                if let group = subject.group {
                    pendingGroups.append(r.grouped(group, .practice(record), item, path))
                } else {
                    practice.append(record)
                }
            }
        }
        if let v = r.optional(map, "opinio_juris") {
            for (i, item) in try r.list(v, "opinio_juris").enumerated() {
                let path = "opinio_juris[\(i)]"
                let m = try r.map(item, path)
                try r.checkKeys(m, allowed: ["state", "group", "year", "form", "accepts"], path)
                let f = try r.required(m, "form", item, path)
                let raw = try r.string(f, path + ".form")
                guard let form = OpinioForm(rawValue: raw) else {
                    throw r.fail(
                        f, path + ".form",
                        "unknown form \"\(raw)\"; expected one of \(OpinioForm.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                let subject = try r.subject(m, item, path)
                let record = OpinioRecord(
                    state: subject.state ?? "",
                    year: try r.year(r.required(m, "year", item, path), path + ".year"),
                    form: form,
                    accepts: try r.optional(m, "accepts").map { v throws(EntenteError) in
                        try r.bool(v, path + ".accepts")
                    } ?? true)
                if let group = subject.group {
                    pendingGroups.append(r.grouped(group, .opinio(record), item, path))
                } else {
                    opinio.append(record)
                }
            }
        }
        if let v = r.optional(map, "reactions") {
            for (i, item) in try r.list(v, "reactions").enumerated() {
                let path = "reactions[\(i)]"
                let m = try r.map(item, path)
                try r.checkKeys(
                    m,
                    allowed: [
                        "state", "group", "to", "year", "practice", "protested", "aware", "could_react",
                        "reaction_called_for",
                    ], path)
                let subject = try r.subject(m, item, path)
                func flag(_ key: String) throws(EntenteError) -> Bool? {
                    try r.optional(m, key).map { v throws(EntenteError) in try r.bool(v, path + "." + key) }
                }
                var conforms = false
                if let p = r.optional(m, "practice") {
                    switch try r.string(p, path + ".practice") {
                    case "contrary": conforms = false
                    case "conforming": conforms = true
                    case let other:
                        throw r.fail(p, path + ".practice", "expected contrary or conforming, found \"\(other)\"")
                    }
                }
                let record = ReactionRecord(
                    state: subject.state ?? "", to: try r.state(r.required(m, "to", item, path), path + ".to"),
                    year: try r.year(r.required(m, "year", item, path), path + ".year"), practiceConforms: conforms,
                    protested: try flag("protested") ?? false, aware: try flag("aware"),
                    couldReact: try flag("could_react"), reactionCalledFor: try flag("reaction_called_for"))
                if let group = subject.group {
                    pendingGroups.append(r.grouped(group, .reaction(record), item, path))
                } else {
                    reactions.append(record)
                }
            }
        }
        if let v = r.optional(map, "objections") {
            for (i, item) in try r.list(v, "objections").enumerated() {
                let path = "objections[\(i)]"
                let m = try r.map(item, path)
                try r.checkKeys(m, allowed: ["state", "since", "maintained"], path)
                objections.append(
                    Objection(
                        state: try r.state(r.required(m, "state", item, path), path + ".state"),
                        since: try r.year(r.required(m, "since", item, path), path + ".since"),
                        maintained: try r.optional(m, "maintained").map { v throws(EntenteError) in
                            try r.bool(v, path + ".maintained")
                        } ?? true))
            }
        }
        if let v = r.optional(map, "resolutions") {
            for (i, item) in try r.list(v, "resolutions").enumerated() {
                let path = "resolutions[\(i)]"
                let m = try r.map(item, path)
                try r.checkKeys(m, allowed: ["symbol", "year", "yes", "no", "abstain"], path)
                // A vote is either the list of States or, when only totals are known, a count.
                var counts: [Int] = []
                func votes(_ key: String) throws(EntenteError) -> [String] {
                    guard let v = r.optional(m, key) else { return [] }
                    if case .number = v.value {
                        let n = try r.number(v, path + "." + key)
                        guard n >= 0, n <= 1_000_000, n == n.rounded() else {
                            throw r.fail(v, path + "." + key, "expected a list of States or a whole number of votes")
                        }
                        counts.append(Int(n))
                        return []
                    }
                    return try r.states(v, path + "." + key)
                }
                let yes = try votes("yes")
                let no = try votes("no")
                let abstain = try votes("abstain")
                var tally: (yes: Int, no: Int, abstain: Int)?
                if !counts.isEmpty {
                    func count(_ key: String, _ named: [String]) throws(EntenteError) -> Int {
                        guard let v = r.optional(m, key) else { return 0 }
                        guard case .number(let n) = v.value else {
                            throw r.fail(
                                v, path + "." + key, "give every vote of a resolution as counts, or every one as States"
                            )
                        }
                        return Int(n) + named.count
                    }
                    tally = (try count("yes", yes), try count("no", no), try count("abstain", abstain))
                }
                resolutions.append(
                    ResolutionRecord(
                        symbol: try r.string(r.required(m, "symbol", item, path), path + ".symbol"),
                        year: try r.year(r.required(m, "year", item, path), path + ".year"),
                        yes: yes, no: no, abstain: abstain, counts: tally))
            }
        }
    }
}

/// Typed access to a parsed file with located errors; it remembers every State reference read,
/// with its line, so that the rule can be checked against a knowledge base afterwards.
final class CustomReader {
    let file: String
    var references: [StateReference] = []

    init(file: String) { self.file = file }

    /// A State reference: read as text and remembered with its place.
    func state(_ v: SituationValue.Located, _ path: String) throws(EntenteError) -> String {
        let reference = try string(v, path)
        references.append(StateReference(reference: reference, file: file, line: v.line, path: path))
        return reference
    }

    /// A record's subject: a State (`state:`) or a group (`group:`), exactly one of the two.
    func subject(
        _ m: [(key: String, value: SituationValue.Located)], _ item: SituationValue.Located, _ path: String
    ) throws(EntenteError) -> (state: String?, group: String?) {
        switch (optional(m, "state"), optional(m, "group")) {
        case (let s?, nil): return (try state(s, path + ".state"), nil)
        case (nil, let g?): return (nil, try string(g, path + ".group"))
        case (_?, _?): throw fail(item, path, "give a state or a group, not both")
        case (nil, nil): throw fail(item, path + ".state", "missing (or give a group)")
        }
    }

    /// A record written for a group, remembered with its place until the group is expanded.
    func grouped(_ group: String, _ record: GroupedRecord.Record, _ v: SituationValue.Located, _ path: String)
        -> GroupedRecord
    {
        GroupedRecord(group: group, record: record, file: file, line: v.line, path: path)
    }

    /// A list of State references.
    func states(_ v: SituationValue.Located, _ path: String) throws(EntenteError) -> [String] {
        var out: [String] = []
        for (i, item) in try list(v, path).enumerated() { out.append(try state(item, "\(path)[\(i)]")) }
        return out
    }

    func fail(_ v: SituationValue.Located, _ path: String, _ message: String) -> EntenteError {
        EntenteError(.malformedFile, "\(file):\(v.line): \(path.isEmpty ? "top level" : path): \(message)")
    }

    func map(_ v: SituationValue.Located, _ path: String) throws(EntenteError) -> [(
        key: String, value: SituationValue.Located
    )] {
        guard case .map(let m) = v.value else { throw fail(v, path, "expected a mapping, found \(v.value.typeName)") }
        return m
    }

    func list(_ v: SituationValue.Located, _ path: String) throws(EntenteError) -> [SituationValue.Located] {
        guard case .list(let l) = v.value else { throw fail(v, path, "expected a list, found \(v.value.typeName)") }
        return l
    }

    /// Refuses a key the file format does not have, naming the line and suggesting close keys,
    /// as situation files do: a misspelt key must never silently drop evidence.
    func checkKeys(
        _ m: [(key: String, value: SituationValue.Located)], allowed: [String], _ path: String
    ) throws(EntenteError) {
        for (key, value) in m where !allowed.contains(key) {
            let close = allowed.filter { Suggestions.editDistance($0, key) <= max(2, key.count / 3) }
            let hint = close.isEmpty ? "" : " Did you mean \(close.joined(separator: " or "))?"
            throw fail(
                value, path.isEmpty ? key : path + "." + key,
                "unknown key; expected one of \(allowed.joined(separator: ", ")).\(hint)")
        }
    }

    func optional(_ m: [(key: String, value: SituationValue.Located)], _ key: String) -> SituationValue.Located? {
        m.first { $0.key == key }?.value
    }

    func required(
        _ m: [(key: String, value: SituationValue.Located)], _ key: String, _ parent: SituationValue.Located,
        _ path: String
    ) throws(EntenteError) -> SituationValue.Located {
        guard let v = optional(m, key) else { throw fail(parent, path.isEmpty ? key : path + "." + key, "missing") }
        return v
    }

    func string(_ v: SituationValue.Located, _ path: String) throws(EntenteError) -> String {
        switch v.value {
        case .string(let s): return s
        case .number(let n) where n == n.rounded(): return String(Int(n))
        default: throw fail(v, path, "expected a string, found \(v.value.typeName)")
        }
    }

    func strings(_ v: SituationValue.Located, _ path: String) throws(EntenteError) -> [String] {
        var out: [String] = []
        for (i, item) in try list(v, path).enumerated() { out.append(try string(item, "\(path)[\(i)]")) }
        return out
    }

    func number(_ v: SituationValue.Located, _ path: String) throws(EntenteError) -> Double {
        guard case .number(let n) = v.value, n.isFinite else {
            throw fail(v, path, "expected a number, found \(v.value.shown)")
        }
        return n
    }

    func bool(_ v: SituationValue.Located, _ path: String) throws(EntenteError) -> Bool {
        guard case .bool(let b) = v.value else { throw fail(v, path, "expected true or false, found \(v.value.shown)") }
        return b
    }

    /// A year, written `1968` or as an ISO date `1968-07-01`.
    func year(_ v: SituationValue.Located, _ path: String) throws(EntenteError) -> Int {
        switch v.value {
        case .number(let n) where n == n.rounded() && n >= 1 && n <= 9999: return Int(n)
        case .string(let s):
            if let d = Day(iso: s) { return d.year }
            if let y = Int(s), y >= 1, y <= 9999 { return y }
            throw fail(v, path, "expected a year or an ISO date, found \"\(s)\"")
        default: throw fail(v, path, "expected a year or an ISO date, found \(v.value.shown)")
        }
    }
}
