public import EntenteCore

/// Which parameter values a sweep visits.
public enum SweepDesign: Sendable, Hashable {
    /// The cartesian product of the axes; the first axis varies slowest.
    case grid([GridAxis])
    /// `samples` points of a Latin hypercube over the ranges (McKay, Beckman and Conover 1979):
    /// each range is cut into `samples` equal strata, each stratum is used exactly once per
    /// parameter, and the point is uniform within its stratum.
    case latinHypercube(samples: Int, ranges: [Scenario.ParameterRange])

    /// One axis of a grid: a parameter and its values.
    public struct GridAxis: Sendable, Hashable {
        public var name: String
        public var values: [Double]

        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }

        /// Parses `name=1,2,3` (a list) or `name=lower:upper:count` (`count` evenly spaced values,
        /// both ends included).
        ///
        /// - Throws: ``EntenteError`` (`invalidInput`) quoting the text and the expected form.
        public init(parsing text: String) throws(EntenteError) {
            let expected = "expected name=v1,v2,… or name=lower:upper:count, e.g. mutation_rate=0.001:0.05:5"
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw EntenteError(.invalidInput, "grid axis '\(text)': \(expected).")
            }
            name = parts[0]
            let body = parts[1]
            if body.contains(":") {
                let f = body.split(separator: ":").map { Double($0) }
                guard f.count == 3, let lo = f[0], let hi = f[1], let c = f[2], c >= 1, c.rounded() == c else {
                    throw EntenteError(.invalidInput, "grid axis '\(text)': \(expected).")
                }
                let count = Int(c)
                values = count == 1 ? [lo] : (0..<count).map { lo + (hi - lo) * Double($0) / Double(count - 1) }
            } else {
                var values: [Double] = []
                for item in body.split(separator: ",") {
                    guard let v = Double(item.trimmingSpaces) else {
                        throw EntenteError(
                            .invalidInput, "grid axis '\(text)': '\(item)' is not a number; \(expected).")
                    }
                    values.append(v)
                }
                self.values = values
            }
        }
    }

    /// A canonical description of the design, part of a sweep's fingerprint.
    public var canonicalDescription: String {
        switch self {
        case .grid(let axes):
            return "grid:"
                + axes.map { "\($0.name)=" + $0.values.map { "\($0)" }.joined(separator: ",") }.joined(separator: ";")
        case .latinHypercube(let n, let ranges):
            return "lhs:\(n):" + ranges.map { "\($0.name)=\($0.lower):\($0.upper)" }.joined(separator: ";")
        }
    }

    /// The names of the parameters the design varies.
    public var variedNames: [String] {
        switch self {
        case .grid(let axes): return axes.map(\.name)
        case .latinHypercube(_, let ranges): return ranges.map(\.name)
        }
    }

    /// Every point of the design, with the scenario's values for the parameters it does not vary.
    ///
    /// Latin hypercube samples come from the stream `(scenario.seed, [2^64 − 1])`, which no
    /// replicate uses. Whole-number parameters are rounded.
    ///
    /// - Throws: ``EntenteError`` (`invalidScenario`) for an unknown parameter or a value outside
    ///   the model's allowed range.
    public func points(for scenario: Scenario) throws(EntenteError) -> [DesignPoint] {
        let specs = scenario.model.parameterSpecs
        var indices: [Int] = []
        for name in variedNames {
            guard let i = scenario.parameterIndex(name) else {
                throw scenario.unknownParameter(name, context: "sweep parameter")
            }
            guard !indices.contains(i) else {
                throw EntenteError(.invalidScenario, "sweep parameter '\(name)' is given twice.")
            }
            indices.append(i)
        }
        var rows: [[Double]] = []
        switch self {
        case .grid(let axes):
            guard !axes.contains(where: { $0.values.isEmpty }) else {
                throw EntenteError(.invalidScenario, "every grid axis needs at least one value.")
            }
            rows = [[]]
            for axis in axes { rows = rows.flatMap { row in axis.values.map { row + [$0] } } }
        case .latinHypercube(let n, let ranges):
            guard n >= 1 else {
                throw EntenteError(.invalidScenario, "a Latin hypercube needs at least one sample, got \(n).")
            }
            var random = Xoshiro256StarStar(seed: scenario.seed, stream: [UInt64.max])
            var columns: [[Double]] = []
            for range in ranges {
                var strata = Array(0..<n)
                var i = n - 1
                while i > 0 {
                    strata.swapAt(i, random.nextInt(below: i + 1))
                    i -= 1
                }
                columns.append(
                    strata.map { s in
                        range.lower + (range.upper - range.lower) * (Double(s) + random.nextDouble()) / Double(n)
                    })
            }
            rows = (0..<n).map { r in columns.map { $0[r] } }
        }
        var points: [DesignPoint] = []
        points.reserveCapacity(rows.count)
        for (p, row) in rows.enumerated() {
            var values = scenario.parameters
            for (i, v) in zip(indices, row) {
                let value = specs[i].isInteger ? v.rounded() : v
                if let problem = specs[i].problem(with: value) {
                    throw EntenteError(.invalidScenario, "sweep parameter '\(specs[i].name)': \(problem).")
                }
                values[i] = value
            }
            points.append(DesignPoint(index: p, parameters: values))
        }
        return points
    }
}

/// A deterministic slice of a sweep: shard `index` of `count` (0-based) takes a contiguous block of
/// design points, `index·P/count ..< (index+1)·P/count`.
public struct Shard: Sendable, Hashable {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `i/n` with 0 ≤ i < n, e.g. `3/8` (a Kubernetes `JOB_COMPLETION_INDEX` fits as is; for a
    /// Slurm array starting at 1 pass `$((SLURM_ARRAY_TASK_ID-1))/n`).
    ///
    /// - Throws: ``EntenteError`` (`invalidInput`) quoting the text.
    public init(parsing text: String) throws(EntenteError) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 0, i < n else {
            throw EntenteError(.invalidInput, "shard '\(text)': expected i/n with 0 ≤ i < n, e.g. 0/4 … 3/4.")
        }
        index = i
        count = n
    }

    /// The positions of this shard's points among `total`.
    public func range(of total: Int) -> Range<Int> {
        (index * total / count)..<((index + 1) * total / count)
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
