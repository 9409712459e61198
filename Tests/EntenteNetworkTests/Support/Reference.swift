import EntenteNetwork
import Foundation
import Testing

/// The networkx reference values written by `scripts/reference/network/make_reference.py`.
struct Reference {
    let name: String
    let csv: String
    let directed: Bool
    let nodes: [String]
    let json: [String: Any]

    static let smallAndMedium = [
        "karate", "florentine", "ties_integer", "disconnected", "directed_small", "n200", "n200_directed",
    ]

    static func fixtureURL(_ relative: String) throws -> URL {
        let base = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
        return base.appendingPathComponent(relative)
    }

    init(_ name: String) throws {
        let data = try Data(contentsOf: try Reference.fixtureURL("reference/\(name).json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        self.json = object
        self.name = name
        self.csv = try #require(object["csv"] as? String)
        self.directed = try #require(object["directed"] as? Bool)
        self.nodes = try #require(object["nodes"] as? [String])
    }

    /// The graph read with Entente's own CSV reader.
    func graph() throws -> Graph {
        let text = try String(contentsOf: try Reference.fixtureURL("graphs/\(csv)"), encoding: .utf8)
        return try EdgeListReader.parse(text, fileName: csv, directed: directed)
    }

    /// A per-node measure keyed by label; `nil` when networkx could not compute it. NaN stands for null.
    func values(_ key: String) throws -> [String: Double]? {
        guard let raw = json[key] else {
            Issue.record("reference \(name) has no key \(key)")
            return nil
        }
        guard let dict = raw as? [String: Any] else { return nil }
        return dict.mapValues { ($0 as? NSNumber)?.doubleValue ?? .nan }
    }

    var louvain: [String: Any] { json["louvain"] as? [String: Any] ?? [:] }
}

/// |a − b| ≤ tolerance · max(1, |b|); NaN equals NaN.
func close(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
    if a.isInfinite || b.isInfinite { return a == b }
    return abs(a - b) <= tolerance * max(1, abs(b))
}

/// Checks every node's value against the reference, recording the first few mismatches by label.
func expectMatches(
    _ values: [Double], _ reference: [String: Double], graph: Graph, measure: String, tolerance: Double = 1e-9,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(reference.count == graph.nodeCount, "\(measure): node count", sourceLocation: sourceLocation)
    var mismatches = 0
    for (id, label) in graph.labels.enumerated() {
        guard let expected = reference[label] else {
            Issue.record("\(measure): no reference value for \(label)", sourceLocation: sourceLocation)
            continue
        }
        if !close(values[id], expected, tolerance: tolerance) {
            mismatches += 1
            if mismatches <= 5 {
                Issue.record(
                    "\(measure) of \(label): Entente \(values[id]) vs networkx \(expected)",
                    sourceLocation: sourceLocation)
            }
        }
    }
    #expect(mismatches == 0, "\(measure): \(mismatches) mismatches", sourceLocation: sourceLocation)
}
