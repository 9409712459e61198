import EntenteLaw

/// A deterministic synthetic rule for benchmarks: `states` states in six regions and `records`
/// evidence records (70% practice, 29% opinio juris, 1% objections) spread over 1950–2020.
enum CustomWorkload {
    static func rule(states: Int = 190, records: Int = 10_000, seed: UInt64 = 42) -> CustomRule {
        var x = seed
        func next() -> UInt64 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return x >> 33
        }
        let regions = ["americas", "europe", "africa", "middle_east", "asia", "oceania"]
        let codes = (0..<states).map { "S\($0)" }
        var r = CustomRule(
            id: "synthetic", title: "synthetic workload", asOf: 2020,
            states: codes.enumerated().map { ($0.element, regions[$0.offset % regions.count]) })
        r.speciallyAffected = Array(codes.prefix(10))
        let practice = records * 70 / 100, objections = max(1, records / 100), opinio = records - practice - objections
        r.practice.reserveCapacity(practice)
        for _ in 0..<practice {
            let s = Int(next() % UInt64(states))
            let year = 1950 + Int(next() % 71)
            let conforming = next() % 100 < 93
            r.practice.append(
                PracticeRecord(
                    state: codes[s], year: year, conforming: conforming, treatedAsBreach: !conforming && next() % 2 == 0
                ))
        }
        for _ in 0..<opinio {
            let s = Int(next() % UInt64(states))
            r.opinio.append(
                OpinioRecord(state: codes[s], year: 1955 + Int(next() % 66), form: OpinioForm.allCases[Int(next() % 7)])
            )
        }
        for i in 0..<objections {
            r.objections.append(Objection(state: codes[(i * 7) % states], since: 1950 + Int(next() % 71)))
        }
        r.stateConcerned = codes[0]
        return r
    }
}
