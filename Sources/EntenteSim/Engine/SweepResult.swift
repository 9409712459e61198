public import EntenteCore

/// The result of a sweep or of one shard of it.
public struct SweepResult: Sendable, Hashable {
    /// Identifies the scenario and design: shards of one sweep share it.
    public var fingerprint: String
    public var scenarioName: String
    public var model: ModelKind
    public var seed: UInt64
    public var replicates: Int
    public var parameterNames: [String]
    public var variedNames: [String]
    public var summaryNames: [String]
    /// Points in the whole design.
    public var totalPoints: Int
    /// The shard this result covers, or `nil` for a whole (or merged) sweep.
    public var shard: Shard?
    /// Point results, by increasing point index.
    public var points: [PointResult]

    /// Runs a sweep, or the shard of it selected by `shard`.
    ///
    /// - Throws: ``EntenteError`` when the design names unknown parameters or out-of-range values.
    public static func run(
        _ scenario: Scenario, design: SweepDesign, shard: Shard? = nil, threads: Int,
        progress: SimulationRunner.Progress? = nil
    ) async throws(EntenteError) -> SweepResult {
        let all = try design.points(for: scenario)
        let selected = shard.map { Array(all[$0.range(of: all.count)]) } ?? all
        let results = await SimulationRunner.run(
            scenario, points: selected, keepSeries: false, threads: threads, progress: progress)
        return SweepResult(
            fingerprint: fnv1aHex(scenario.canonicalDescription + "|" + design.canonicalDescription),
            scenarioName: scenario.name, model: scenario.model, seed: scenario.seed, replicates: scenario.replicates,
            parameterNames: scenario.model.parameterSpecs.map(\.name), variedNames: design.variedNames,
            summaryNames: scenario.summaryNames, totalPoints: all.count, shard: shard, points: results)
    }

    /// Combines shard results into the whole sweep.
    ///
    /// The merged result equals, bit for bit, the result of running the sweep unsharded: points are
    /// ordered by index and ensemble statistics are recomputed from the replicate values.
    ///
    /// - Throws: ``EntenteError`` (`invalidInput`) if the shards come from different sweeps, overlap,
    ///   or leave points missing (the message lists them).
    public static func merge(_ parts: [SweepResult]) throws(EntenteError) -> SweepResult {
        guard var merged = parts.first else {
            throw EntenteError(.invalidInput, "nothing to merge: no shard results given.")
        }
        for part in parts.dropFirst()
        where part.fingerprint != merged.fingerprint || part.totalPoints != merged.totalPoints {
            throw EntenteError(
                .invalidInput,
                "shard results come from different sweeps (fingerprint \(merged.fingerprint) vs \(part.fingerprint)); "
                    + "merge only the shards of one scenario and design.")
        }
        var byIndex = [PointResult?](repeating: nil, count: merged.totalPoints)
        for part in parts {
            for p in part.points {
                guard p.index >= 0 && p.index < byIndex.count else {
                    throw EntenteError(
                        .invalidInput, "point \(p.index) is outside the design of \(merged.totalPoints) points.")
                }
                if byIndex[p.index] != nil {
                    throw EntenteError(.invalidInput, "point \(p.index) appears in more than one shard result.")
                }
                byIndex[p.index] = p
            }
        }
        let missing = byIndex.indices.filter { byIndex[$0] == nil }
        guard missing.isEmpty else {
            let shown = missing.prefix(10).map(String.init).joined(separator: ", ")
            throw EntenteError(
                .invalidInput,
                "\(missing.count) of \(merged.totalPoints) points are missing (\(shown)\(missing.count > 10 ? ", …" : "")); "
                    + "run and include the remaining shards.")
        }
        merged.points = byIndex.map { $0! }
        merged.shard = nil
        return merged
    }

    /// The result as JSON (the format `entente sim merge` reads).
    public var json: JSONText {
        .object([
            ("kind", .string("entente-sim-sweep")),
            ("fingerprint", .string(fingerprint)),
            ("scenario", .string(scenarioName)),
            ("model", .string(model.rawValue)),
            ("seed", .string(String(seed))),
            ("replicates", .integer(replicates)),
            ("total_points", .integer(totalPoints)),
            ("shard", shard.map { .object([("index", .integer($0.index)), ("count", .integer($0.count))]) } ?? .null),
            ("parameter_names", .array(parameterNames.map { .string($0) })),
            ("varied", .array(variedNames.map { .string($0) })),
            ("summary_names", .array(summaryNames.map { .string($0) })),
            (
                "points",
                .array(
                    points.map { p in
                        .object([
                            ("index", .integer(p.index)),
                            ("parameters", .array(p.parameters.map { .number($0) })),
                            (
                                "replicate_summaries",
                                .array(p.replicateSummaries.map { .array($0.map { .number($0) }) })
                            ),
                            ("ensemble", .object(zip(summaryNames, p.summaries).map { ($0, $1.json) })),
                        ])
                    })
            ),
        ])
    }

    /// CSV files: `points.csv` (one row per point: varied parameters, then mean, 2.5%/97.5%
    /// quantiles and the mean's 95% interval per metric) and `replicates.csv` (one row per point and
    /// replicate).
    public var csvFiles: [(name: String, contents: String)] {
        let varied = variedNames.compactMap { n in parameterNames.firstIndex(of: n) }
        var header = ["point"] + variedNames
        for m in summaryNames {
            header += ["\(m)_mean", "\(m)_q025", "\(m)_q975", "\(m)_mean_ci_low", "\(m)_mean_ci_high"]
        }
        var pointsCSV = CSVText.row(header)
        var replicatesCSV = CSVText.row(["point", "replicate"] + variedNames + summaryNames)
        for p in points {
            var row = [String(p.index)] + varied.map { CSVText.number(p.parameters[$0]) }
            for s in p.summaries { row += [s.mean, s.lower, s.upper, s.meanLower, s.meanUpper].map(CSVText.number) }
            pointsCSV += CSVText.row(row)
            for (r, values) in p.replicateSummaries.enumerated() {
                replicatesCSV += CSVText.row(
                    [String(p.index), String(r)] + varied.map { CSVText.number(p.parameters[$0]) }
                        + values.map(CSVText.number))
            }
        }
        return [("points.csv", pointsCSV), ("replicates.csv", replicatesCSV)]
    }

    /// Reads a result written by ``json``.
    ///
    /// - Parameters:
    ///   - text: the JSON text.
    ///   - file: the file name to quote in errors.
    /// - Throws: ``EntenteError`` (`malformedFile`) naming the file and the field.
    public init(jsonText text: String, file: String) throws(EntenteError) {
        func bad(_ field: String, _ problem: String) -> EntenteError {
            EntenteError(.malformedFile, "\(file): \(field): \(problem)")
        }
        let parsed: JSONValue
        do {
            parsed = try JSONValue.parse(text)
        } catch {
            throw EntenteError(.malformedFile, "\(file): not valid JSON at byte \(error.offset): \(error.problem).")
        }
        guard let root = parsed.object else { throw bad("(top level)", "expected a JSON object.") }
        guard root["kind"]?.string == "entente-sim-sweep" else {
            throw bad(
                "kind", "expected \"entente-sim-sweep\"; is this the output of 'entente sim sweep --format json'?")
        }
        func string(_ key: String) throws(EntenteError) -> String {
            guard let s = root[key]?.string else { throw bad(key, "expected text.") }
            return s
        }
        func int(_ value: JSONValue?, _ key: String) throws(EntenteError) -> Int {
            guard let d = value?.number, d.isFinite, d.rounded() == d else {
                throw bad(key, "expected a whole number.")
            }
            return Int(d)
        }
        func strings(_ key: String) throws(EntenteError) -> [String] {
            guard let list = root[key]?.array else { throw bad(key, "expected a list of text.") }
            var out: [String] = []
            for item in list {
                guard let s = item.string else { throw bad(key, "expected a list of text.") }
                out.append(s)
            }
            return out
        }
        func numbers(_ value: JSONValue?, _ key: String) throws(EntenteError) -> [Double] {
            guard let list = value?.array else { throw bad(key, "expected a list of numbers.") }
            var out: [Double] = []
            out.reserveCapacity(list.count)
            for item in list {
                guard let d = item.number else { throw bad(key, "expected a number or null.") }
                out.append(d)
            }
            return out
        }
        fingerprint = try string("fingerprint")
        scenarioName = try string("scenario")
        guard let m = ModelKind(rawValue: try string("model")) else { throw bad("model", "unknown model.") }
        model = m
        guard let s = UInt64(try string("seed")) else { throw bad("seed", "expected a 64-bit seed as text.") }
        seed = s
        replicates = try int(root["replicates"], "replicates")
        totalPoints = try int(root["total_points"], "total_points")
        if let sh = root["shard"]?.object {
            shard = Shard(index: try int(sh["index"], "shard.index"), count: try int(sh["count"], "shard.count"))
        } else {
            shard = nil
        }
        parameterNames = try strings("parameter_names")
        variedNames = try strings("varied")
        summaryNames = try strings("summary_names")
        guard let list = root["points"]?.array else { throw bad("points", "expected a list of points.") }
        var points: [PointResult] = []
        for (i, item) in list.enumerated() {
            guard let p = item.object else { throw bad("points[\(i)]", "expected an object.") }
            let index = try int(p["index"], "points[\(i)].index")
            let parameters = try numbers(p["parameters"], "points[\(i)].parameters")
            guard let reps = p["replicate_summaries"]?.array else {
                throw bad("points[\(i)].replicate_summaries", "expected a list of lists of numbers.")
            }
            var summaries: [[Double]] = []
            for r in reps { summaries.append(try numbers(r, "points[\(i)].replicate_summaries")) }
            points.append(PointResult(index: index, parameters: parameters, replicateSummaries: summaries))
        }
        self.points = points
    }

    init(
        fingerprint: String, scenarioName: String, model: ModelKind, seed: UInt64, replicates: Int,
        parameterNames: [String],
        variedNames: [String], summaryNames: [String], totalPoints: Int, shard: Shard?, points: [PointResult]
    ) {
        self.fingerprint = fingerprint
        self.scenarioName = scenarioName
        self.model = model
        self.seed = seed
        self.replicates = replicates
        self.parameterNames = parameterNames
        self.variedNames = variedNames
        self.summaryNames = summaryNames
        self.totalPoints = totalPoints
        self.shard = shard
        self.points = points
    }
}
