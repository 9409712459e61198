import ArgumentParser
import EntenteCore
import EntenteNetwork
import EntenteServices
import Foundation

/// Options that choose and weight a year's layers (shared by the year-based network commands).
struct LayerWeightOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Obligation types that make an alliance tie (comma-separated).",
            valueName: ObligationType.allCases.map(\.rawValue).joined(separator: ",")))
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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Alliance weights by obligation type.",
            valueName: "defense=3,offense=3,neutrality=2,nonaggression=2,consultation=1"))
    var obligationWeights: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Alliance weights by obligation type in the alignment layer blocs are found on.",
            valueName: "defense=3,offense=3,neutrality=0,nonaggression=0,consultation=0"))
    var blocObligations: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Weights of organisations by code (others keep their kind's weight).", valueName: "OSCE=0.05,NATO=1"))
    var organisationWeights: String?

    @Option(
        name: .long, help: "How much hostility (rivalries, disputes, wars) subtracts in the signed network (default 1)."
    )
    var hostilityWeight: Double?

    @Flag(name: .long, help: "Count every exercise pair fully instead of sharing 1 among the participants.")
    var noExerciseSizeSharing = false

    @Flag(name: .long, help: "Count exercises of January as much as those of December (no recency half-life).")
    var noExerciseRecency = false

    /// The flags as the services' parameters; names that are not choices are refused here, values
    /// by the services.
    func parameters() throws -> NetworkLayerParameters {
        var p = NetworkLayerParameters(weightByDomain: weightByDomain, weightByPurpose: weightByPurpose)
        if let allianceTypes {
            p.allianceTypes = Set(try Self.list(allianceTypes).map { try Self.obligationType($0, "--alliance-types") })
        }
        if let organisations { p.organisations = Self.list(organisations) }
        if let obligationWeights {
            p.obligationWeights = try Self.obligations(obligationWeights, "--obligation-weights")
        }
        if let blocObligations { p.blocObligationWeights = try Self.obligations(blocObligations, "--bloc-obligations") }
        if let organisationWeights {
            var weights: [String: Double] = [:]
            for (key, w) in try Self.pairs(organisationWeights, "--organisation-weights") { weights[key] = w }
            p.organisationWeights = weights
        }
        p.hostilityWeight = hostilityWeight
        p.exerciseSizeNormalised = !noExerciseSizeSharing
        p.exerciseRecency = !noExerciseRecency
        if let combine {
            var weights: [NetworkLayer: Double] = [:]
            let combinable = NetworkLayer.combinable.map(\.rawValue)
            for item in Self.list(combine) {
                let parts = item.split(separator: "=", maxSplits: 1).map {
                    String($0).trimmingCharacters(in: .whitespaces)
                }
                guard parts.count == 2, let w = Double(parts[1]) else {
                    throw ValidationError("--combine: '\(item)' is not LAYER=WEIGHT with a weight of at least 0.")
                }
                guard let layer = NetworkLayer(rawValue: parts[0]), NetworkLayer.combinable.contains(layer) else {
                    throw ValidationError(
                        "--combine: unknown layer '\(parts[0])'; combine \(combinable.joined(separator: ", ")).")
                }
                weights[layer] = w
            }
            p.combinationWeights = weights
        }
        return p
    }

    /// `KEY=WEIGHT,…` as pairs; the weight's range is checked by the services.
    static func pairs(_ text: String, _ option: String) throws -> [(String, Double)] {
        try list(text).map { item in
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let w = Double(parts[1]) else {
                throw ValidationError("\(option): '\(item)' is not NAME=WEIGHT.")
            }
            return (parts[0], w)
        }
    }

    static func obligations(_ text: String, _ option: String) throws -> [ObligationType: Double] {
        var weights: [ObligationType: Double] = [:]
        for (name, w) in try pairs(text, option) { weights[try obligationType(name, option)] = w }
        return weights
    }

    /// A type name, refused as a usage error (exit 64) with the message the API gives too.
    static func obligationType(_ name: String, _ option: String) throws -> ObligationType {
        do { return try ObligationType.named(name, in: option) } catch { throw ValidationError(error.message) }
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

    var parameters: NetworkBlocParameters {
        NetworkBlocParameters(blocA: LayerWeightOptions.list(blocA), blocB: LayerWeightOptions.list(blocB))
    }
}

/// `--layer NAME`, checked against the layers.
func parseLayer(_ name: String) throws -> NetworkLayer {
    guard let layer = NetworkLayer(rawValue: name) else {
        throw ValidationError("Unknown --layer '\(name)'; use one of: \(NetworkLayer.names).")
    }
    return layer
}

/// A services check run in `validate()`, so its message reads as a usage error.
func validating(_ check: () throws(EntenteError) -> Void) throws {
    do {
        try check()
    } catch {
        throw ValidationError(error.message)
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

/// The weighting scheme as indented lines under a "weighting:" heading.
func weightingText(_ lines: [String]) -> String {
    "weighting:\n" + lines.map { "  \($0)\n" }.joined()
}
