public import EntenteCore

/// How one group named in the evidence was read: the States it stood for in one year.
public struct GroupExpansion: Sendable, Hashable {
    /// The group as the file names it: a declared list (`G77`) or an organisation (`ASEAN`, `NATO`).
    public var group: String
    /// The year of the evidence: an organisation's members are taken as of 31 December of that year.
    public var year: Int
    /// The rule's States the group stood for.
    public var members: [String]
    /// The rule's States whose membership the knowledge base does not know for that year: not counted.
    public var unknown: [String]
    /// `declared` (the file's `groups:` block), `knowledge base`, or `not expanded`.
    public var source: String
    /// Where the first record naming the group was written.
    public var file: String
    public var line: Int

    /// One line for the explanation.
    public var summary: String {
        let at = "\(group) (\(file):\(line)) in \(year)"
        guard source != Self.notExpanded else {
            return "\(at): not expanded, no knowledge base to read its members from; its records do not count."
        }
        var text = "\(at) stands for \(members.count) of the rule's States"
        text += members.isEmpty ? "" : " (\(members.joined(separator: ", ")))"
        text +=
            source == Self.declared
            ? ", as the file declares it" : ", members on 31 December \(year) per the knowledge base"
        if !unknown.isEmpty { text += "; membership unknown, not counted: \(unknown.joined(separator: ", "))" }
        return text + "."
    }

    static let declared = "declared"
    static let knowledgeBase = "knowledge base"
    static let notExpanded = "not expanded"
}

/// An evidence record written for a group, waiting to be expanded to the group's members.
struct GroupedRecord: Sendable {
    enum Record: Sendable {
        case practice(PracticeRecord)
        case opinio(OpinioRecord)
        case reaction(ReactionRecord)
    }

    let group: String
    let record: Record
    let file: String
    let line: Int
    let path: String

    var year: Int {
        switch record {
        case .practice(let p): p.year
        case .opinio(let o): o.year
        case .reaction(let r): r.year
        }
    }
}

extension CustomRule {
    /// Expands every record written for a group the files declare under `groups:`.
    mutating func expandDeclaredGroups() {
        var waiting: [GroupedRecord] = []
        for record in pendingGroups {
            guard let members = declaredGroups[record.group] else {
                waiting.append(record)
                continue
            }
            add(record, members: members, source: GroupExpansion.declared, unknown: [])
        }
        pendingGroups = waiting
    }

    /// Expands the records written for an organisation to the rule's States that were its members
    /// on 31 December of each record's year, as the knowledge base records them. Only the rule's
    /// own States (`states`, `states_concerned`, `specially_affected_states`) are considered: the
    /// evidence counts only for them.
    ///
    /// - Throws: `EntenteError` (`.malformedFile`) naming the file and line when a group is neither
    ///   declared nor an organisation whose membership the knowledge base knows for any of the rule's
    ///   States: a misspelt group must not silently drop evidence.
    public mutating func expandGroups(knowledge: any LawKnowledge) throws(EntenteError) {
        guard !pendingGroups.isEmpty else { return }
        var candidates: [String] = []
        var seen: Set<String> = []
        for s in states.map(\.state) + statesConcerned + speciallyAffected where seen.insert(s).inserted {
            candidates.append(s)
        }
        guard !candidates.isEmpty else { return }
        struct Key: Hashable {
            let group: String
            let year: Int
        }
        var memo: [Key: (members: [String], unknown: [String])] = [:]
        let pending = pendingGroups
        pendingGroups = []
        for record in pending {
            let key = Key(group: record.group, year: record.year)
            if memo[key] == nil {
                let day = Day.of(record.year, 12, 31)
                var members: [String] = []
                var unknown: [String] = []
                for reference in candidates {
                    guard let code = try? knowledge.resolveState(reference, on: day) else {
                        unknown.append(reference)
                        continue
                    }
                    switch knowledge.membership(of: code, in: record.group, on: day) {
                    case .yes: members.append(reference)
                    case .no: break
                    case .unknown: unknown.append(reference)
                    }
                }
                if members.isEmpty && unknown.count == candidates.count {
                    let declared = declaredGroups.keys.sorted()
                    throw EntenteError(
                        .malformedFile,
                        "\(record.file):\(record.line): \(record.path).group: \"\(record.group)\" is neither declared "
                            + "under groups: (\(declared.isEmpty ? "none declared" : declared.joined(separator: ", "))) "
                            + "nor an organisation whose members the knowledge base knows in \(record.year).")
                }
                memo[key] = (members, unknown)
            }
            let found = memo[key]!
            add(record, members: found.members, source: GroupExpansion.knowledgeBase, unknown: found.unknown)
        }
    }

    /// The records for a group's members, and the expansion noted once per group and year.
    private mutating func add(_ grouped: GroupedRecord, members: [String], source: String, unknown: [String]) {
        for member in members {
            switch grouped.record {
            case .practice(var p):
                p.state = member
                practice.append(p)
            case .opinio(var o):
                o.state = member
                opinio.append(o)
            case .reaction(var r):
                guard member != r.to else { continue }
                r.state = member
                r.group = grouped.group
                reactions.append(r)
            }
        }
        if !groupExpansions.contains(where: { $0.group == grouped.group && $0.year == grouped.year }) {
            groupExpansions.append(
                GroupExpansion(
                    group: grouped.group, year: grouped.year, members: members, unknown: unknown, source: source,
                    file: grouped.file, line: grouped.line))
        }
    }

    /// What the explanation says of groups and reactions: each expansion, each group left
    /// unexpanded, and each reaction or silence with whether it counts (ILC 2018 Conclusion 10(3)).
    var evidenceNotes: [String] {
        var notes = groupExpansions.map(\.summary)
        var noted: Set<String> = []
        for record in pendingGroups where noted.insert("\(record.group)|\(record.year)").inserted {
            notes.append(
                GroupExpansion(
                    group: record.group, year: record.year, members: [], unknown: [],
                    source: GroupExpansion.notExpanded, file: record.file, line: record.line
                ).summary)
        }
        for r in reactions where r.year <= asOf { notes.append("Reaction: \(r.summary).") }
        return notes
    }
}
