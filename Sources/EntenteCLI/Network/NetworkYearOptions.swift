import ArgumentParser
import EntenteCore
import EntenteNetwork
import EntenteStore
import Foundation

/// What the knowledge base covers, for messages about years outside the data.
enum NetworkDataCoverage {
    /// Years for which a World can be built (the COW state system starts in 1816; curated data end in 2025).
    static let years = 1816...2025
    /// UN General Assembly votes.
    static let voteYears = 1946...2020
    static let summary =
        "the knowledge base covers 1816–2025: alliances (ATOP) 1816–2018, exercises 1980–2010 (MME) and "
        + "2011–2025 (curated, partial), agreements and dialogues 2011–2025 (curated, partial), security "
        + "organisations 1816–2025 (COW IGO carried forward after 2014), UN votes 1946–2020"

    static func checkYear(_ year: Int, option: String = "--year") throws {
        guard years.contains(year) else {
            throw ValidationError("\(option) \(year) is outside the data; \(summary).")
        }
    }
}

/// Options that choose and weight a year's layers (shared by the year-based network commands).
struct LayerWeightOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Obligation types that make an alliance tie (comma-separated).",
            valueName: "defense,offense,neutrality,nonaggression,consultation"))
    var allianceTypes: String?

    @Flag(name: .long, help: "Weight each exercise by its domains (cpx 0.5, cyber 0.75, others 1).")
    var weightByDomain = false

    @Flag(name: .long, help: "Weight each exercise by its purpose (warfighting 1 … humanitarian 0.3).")
    var weightByPurpose = false

    @Option(name: .long, help: "Security organisations of the organisation layer (comma-separated codes).")
    var organisations: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Weights of the combined layer.", valueName: "alliance=1,exercise=0.5,organisation=0.25,agreement=0.5"))
    var combine: String?

    func makeOptions() throws -> WorldLayers.Options {
        var o = WorldLayers.Options()
        if let allianceTypes {
            var set = Set<WorldLayers.ObligationType>()
            for item in Self.list(allianceTypes) {
                guard let t = WorldLayers.ObligationType(rawValue: item.lowercased()) else {
                    throw ValidationError(
                        "Unknown obligation type '\(item)' in --alliance-types; use "
                            + WorldLayers.ObligationType.allCases.map(\.rawValue).joined(separator: ", ") + ".")
                }
                set.insert(t)
            }
            guard !set.isEmpty else { throw ValidationError("--alliance-types names no obligation type.") }
            o.obligationTypes = set
        }
        if weightByDomain { o.domainWeights = WorldLayers.Options.defaultDomainWeights }
        if weightByPurpose { o.purposeWeights = WorldLayers.Options.defaultPurposeWeights }
        if let organisations {
            let names = Self.list(organisations).map { $0.uppercased() }
            guard !names.isEmpty else { throw ValidationError("--organisations names no organisation.") }
            o.organisations = names
        }
        if let combine {
            var weights: [String: Double] = [:]
            for item in Self.list(combine) {
                let parts = item.split(separator: "=", maxSplits: 1).map {
                    String($0).trimmingCharacters(in: .whitespaces)
                }
                let combinable = [
                    WorldLayers.Name.alliance, WorldLayers.Name.exercise, WorldLayers.Name.organisation,
                    WorldLayers.Name.agreement,
                ]
                guard parts.count == 2, let w = Double(parts[1]), w.isFinite, w >= 0 else {
                    throw ValidationError("--combine: '\(item)' is not LAYER=WEIGHT with a weight of at least 0.")
                }
                guard combinable.contains(parts[0]) else {
                    throw ValidationError(
                        "--combine: unknown layer '\(parts[0])'; combine \(combinable.joined(separator: ", ")).")
                }
                weights[parts[0]] = w
            }
            guard weights.values.contains(where: { $0 > 0 }) else {
                throw ValidationError("--combine gives no layer a positive weight.")
            }
            o.combinationWeights = weights
        }
        return o
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// `--bloc-a` / `--bloc-b`.
struct BlocOptions: ParsableArguments {
    @Option(name: .long, help: "States of bloc A, 'US-led' (comma-separated; default USA).")
    var blocA: String = "USA"

    @Option(name: .long, help: "States of bloc B, 'China/Russia-led' (comma-separated; default CHN,RUS).")
    var blocB: String = "CHN,RUS"

    /// The blocs as node sets of `layers`; states not in the system that year are left out.
    func blocs(_ directory: StateDirectory, _ world: World, _ graph: Graph) throws -> (Bloc, Bloc) {
        func make(_ name: String, _ text: String, _ option: String) throws -> Bloc {
            var members = Set<Int>()
            for item in LayerWeightOptions.list(text) {
                let state = try directory.resolve(item)
                if let id = world.id(of: state.cow) { members.insert(Int(id)) }
            }
            guard !members.isEmpty else {
                throw EntenteError(
                    .invalidInput, "\(option): none of '\(text)' is a state in the system in \(world.asOf.year).")
            }
            return Bloc(name: name, members: members)
        }
        let a = try make("US-led", blocA, "--bloc-a")
        let b = try make("China/Russia-led", blocB, "--bloc-b")
        guard a.members.isDisjoint(with: b.members) else {
            throw EntenteError(.invalidInput, "--bloc-a and --bloc-b share a state; a state can be in one bloc only.")
        }
        return (a, b)
    }

    var customised: Bool { blocA != "USA" || blocB != "CHN,RUS" }
}

/// Loads a year's World and layers from the store.
struct YearNetworkLoader {
    let store: SQLiteStore
    let options: WorldLayers.Options

    func world(_ year: Int) async throws -> World {
        let world = try await store.world(asOf: WorldLayers.snapshotDay(forYear: year))
        guard world.stateCount > 0 else {
            throw EntenteError(.notFound, "No states are in the system in \(year); \(NetworkDataCoverage.summary).")
        }
        return world
    }

    func layers(_ world: World) throws -> WorldLayers {
        try WorldLayers(world: world, options: options)
    }
}

extension WorldLayers {
    /// The graph of a layer, or an error saying it is unknown in the year and which layers are known.
    func knownLayer(_ name: String) throws -> Graph {
        let graph = try layer(name)
        let c = coverage(of: name)
        if case .unknown(let reason) = c {
            let known = WorldLayers.Name.all.filter { coverage(of: $0).isKnown }
                .map { n in coverage(of: n) == .covered ? n : "\(n) (\(coverage(of: n).label))" }
            throw EntenteError(
                .notFound,
                "The \(name) layer is unknown in \(year): \(reason). Layers known in \(year): "
                    + (known.isEmpty ? "none" : known.joined(separator: ", ")) + ".")
        }
        return graph
    }

    /// "covered" or "partial: …" or "unknown: …".
    func coverageText(_ name: String) -> String {
        let c = coverage(of: name)
        return c.note.map { "\(c.label): \($0)" } ?? c.label
    }
}

/// `--layer` validation.
func validateLayerName(_ name: String) throws {
    guard WorldLayers.Name.all.contains(name) else {
        throw ValidationError("Unknown --layer '\(name)'; use one of: \(WorldLayers.Name.all.joined(separator: ", ")).")
    }
}

func writeOutput(_ text: String, to path: String?) throws {
    if let path {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw EntenteError(.storage, "Cannot write '\(path)': \(error.localizedDescription)", underlying: error)
        }
    } else {
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}
