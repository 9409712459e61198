import EntenteCore
internal import Yams

extension ScenarioParser {
    /// Reads the `world:` section (see ``WorldSelection``), checking its form and date.
    static func worldSelection(
        _ node: Node, file: String, horizon: Int, fail: (Node?, String, String) -> EntenteError
    ) throws(EntenteError) -> WorldSelection {
        guard let mapping = node.mapping else {
            throw fail(node, "world", "expected a mapping with 'date' and 'states'.")
        }
        let keys = ["date", "states", "posture", "attack"]
        var fields: [String: (key: Node, value: Node)] = [:]
        for (k, v) in mapping {
            guard let key = k.string, keys.contains(key) else {
                var message = "unknown field"
                if let s = k.string, let guess = Suggestions.closest(to: s, in: keys).first {
                    message += "; did you mean '\(guess)'?"
                }
                throw fail(k, "world.\(k.string ?? "?")", message + " Known fields: \(keys.joined(separator: ", ")).")
            }
            fields[key] = (k, v)
        }
        func item(_ node: Node, _ path: String) throws(EntenteError) -> WorldSelection.Item {
            guard let text = node.string, !text.isEmpty else { throw fail(node, path, "expected a state code.") }
            return WorldSelection.Item(text: text, path: path, line: node.mark?.line)
        }
        guard let dateNode = fields["date"]?.value else {
            throw fail(node, "world.date", "missing; expected the day the world is read for, e.g. 2010-06-30.")
        }
        guard let text = dateNode.string, let date = Day(iso: text) else {
            throw fail(
                dateNode, "world.date",
                "expected an existing day as YYYY-MM-DD, got '\(dateNode.string ?? "?")'.")
        }
        guard let statesNode = fields["states"]?.value else {
            throw fail(
                node, "world.states", "missing; expected a list of state codes or groups, e.g. [asean, admm-plus].")
        }
        var states: [WorldSelection.Item] = []
        if let seq = statesNode.sequence {
            for (i, element) in seq.enumerated() { states.append(try item(element, "world.states[\(i)]")) }
        } else {
            states.append(try item(statesNode, "world.states"))
        }
        guard !states.isEmpty else { throw fail(statesNode, "world.states", "expected at least one state or group.") }
        var selection = WorldSelection(file: file, date: date, states: states)
        if let postureNode = fields["posture"]?.value {
            guard let m = postureNode.mapping, m.count == 1, let (k, v) = m.first else {
                throw fail(postureNode, "world.posture", "expected one 'STATE: posture' pair, e.g. {IDN: hedging}.")
            }
            guard let name = v.string, let code = WorldSelection.postures.firstIndex(of: name) else {
                throw fail(
                    v, "world.posture",
                    "expected one of \(WorldSelection.postures.joined(separator: ", ")), got '\(v.string ?? "?")'.")
            }
            selection.posture = .init(state: try item(k, "world.posture"), posture: code)
        }
        if let attackNode = fields["attack"]?.value {
            guard let m = attackNode.mapping else {
                throw fail(attackNode, "world.attack", "expected {attacker: STATE, target: STATE, month: N}.")
            }
            var attacker: WorldSelection.Item?
            var target: WorldSelection.Item?
            var month: Int?
            for (k, v) in m {
                switch k.string {
                case "attacker": attacker = try item(v, "world.attack.attacker")
                case "target": target = try item(v, "world.attack.target")
                case "month":
                    guard let n = v.int, n >= 1, n <= horizon else {
                        throw fail(
                            v, "world.attack.month",
                            "expected a month from 1 to the horizon (\(horizon)), got '\(v.string ?? "?")'.")
                    }
                    month = n
                default:
                    throw fail(k, "world.attack.\(k.string ?? "?")", "unknown field; expected attacker, target, month.")
                }
            }
            guard let attacker, let target, let month else {
                throw fail(attackNode, "world.attack", "expected attacker, target and month.")
            }
            selection.attack = .init(attacker: attacker, target: target, month: month)
        }
        return selection
    }
}
