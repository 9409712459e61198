/// A State's reaction to another State's practice, or its silence (ILC 2018 Conclusion 10(3):
/// "failure to react over time to a practice may serve as evidence of acceptance as law (opinio
/// juris), provided that States were in a position to react and the circumstances called for some
/// reaction"; legal-sources §7, row 10).
///
/// Silence is evidence only when those conditions are shown: the State knew of the practice, was
/// in a position to react, and the circumstances called for a reaction. A condition the file does
/// not state is not presumed, so the silence is then reported and not counted. Acquiescence in a
/// practice is evidence that the silent State accepts that practice as lawful: in a conforming
/// practice it is acceptance of the candidate rule; in a contrary practice it is acceptance of the
/// departure, so evidence against the rule for that State. A protest says the opposite: a protest
/// against a contrary practice asserts the rule (diplomatic correspondence, Conclusion 10(2)).
public struct ReactionRecord: Sendable, Hashable {
    /// The State that reacted or stayed silent.
    public var state: String
    /// The State whose practice it concerns.
    public var to: String
    /// The year of the practice the reaction (or silence) concerns.
    public var year: Int
    /// Whether the other State's practice conforms to the candidate rule (`false`: contrary practice).
    public var practiceConforms: Bool
    /// Whether the State protested (or otherwise reacted against the practice).
    public var protested: Bool
    /// The State knew of the practice (its notoriety, or notice given).
    public var aware: Bool?
    /// The State was in a position to react.
    public var couldReact: Bool?
    /// The circumstances called for some reaction (the State's interests were affected).
    public var reactionCalledFor: Bool?
    /// The group the record was written for, when it was expanded from one.
    public var group: String?

    public init(
        state: String, to: String, year: Int, practiceConforms: Bool = false, protested: Bool = false,
        aware: Bool? = nil, couldReact: Bool? = nil, reactionCalledFor: Bool? = nil, group: String? = nil
    ) {
        self.state = state
        self.to = to
        self.year = year
        self.practiceConforms = practiceConforms
        self.protested = protested
        self.aware = aware
        self.couldReact = couldReact
        self.reactionCalledFor = reactionCalledFor
        self.group = group
    }

    /// Silence that counts as acquiescence under Conclusion 10(3): no protest, and every condition shown.
    public var countsAsAcquiescence: Bool {
        !protested && aware == true && couldReact == true && reactionCalledFor == true
    }

    /// What the record is evidence of for the reacting State: acceptance of the candidate rule
    /// (`true`), of the contrary practice and so against the rule (`false`), or nothing (`nil`:
    /// silence whose conditions are not shown).
    public var acceptsRule: Bool? {
        if protested { return !practiceConforms }
        return countsAsAcquiescence ? practiceConforms : nil
    }

    /// The Conclusion 10(3) conditions not shown, for a silence that does not count.
    public var conditionsNotShown: [String] {
        guard !protested else { return [] }
        var out: [String] = []
        if aware != true { out.append(aware == false ? "did not know of the practice" : "awareness not shown") }
        if couldReact != true {
            out.append(couldReact == false ? "was not in a position to react" : "position to react not shown")
        }
        if reactionCalledFor != true {
            out.append(
                reactionCalledFor == false
                    ? "the circumstances called for no reaction" : "call for a reaction not shown")
        }
        return out
    }

    /// One line for reports: "GBR silent on NOR's contrary practice (1869): acquiescence counted".
    public var summary: String {
        let practice = practiceConforms ? "conforming" : "contrary"
        let via = group.map { " (as a member of \($0))" } ?? ""
        if protested { return "\(state)\(via) protested \(to)'s \(practice) practice (\(year))" }
        let notShown = conditionsNotShown
        return notShown.isEmpty
            ? "\(state)\(via) silent on \(to)'s \(practice) practice (\(year)): acquiescence counted (ILC 2018 Conclusion 10(3))"
            : "\(state)\(via) silent on \(to)'s \(practice) practice (\(year)): not counted, \(notShown.joined(separator: ", "))"
    }
}
