public import EntenteCore

extension CuratedReader {
    public static let peacekeepingColumns = ["state", "year", "month", "personnel"]

    /// UN peacekeeping contributions: `state,year,month,personnel` with optional `troops`, `police`,
    /// `experts`, `mission` and the provenance columns; one row per state, month-end and mission (an
    /// empty mission is the total over all missions).
    ///
    /// The parts may not exceed the total and, when all three are given, must add up to it, so a
    /// typing slip in a copied figure is caught here rather than shown as a fact.
    public func peacekeepingContributions(_ table: CSVTable) throws(EntenteError) -> [PeacekeepingContribution] {
        try table.requireRectangular()
        let c = try table.requireColumns(Self.peacekeepingColumns)
        let parts = ["troops", "police", "experts"].map { table.column($0) }
        let missionColumn = table.column("mission")
        let provenance = ProvenanceColumns(table)
        // The line of each state, month-end and mission already read, to name both rows of a repeat.
        var seen: [String: Int] = [:]
        var result: [PeacekeepingContribution] = []
        for index in table.rows.indices {
            let record = table.record(index)
            let code = try record.requiredText(c[0])
            let state: CowCode
            do {
                state = try directory.resolve(code).cow
            } catch {
                throw record.failure(c[0], error.message, code: error.code)
            }
            let year = try record.int(c[1])
            // UN peacekeeping began with UNTSO in 1948.
            guard (1948...9999).contains(year) else {
                throw record.failure(c[1], "expected a year from 1948 on, found '\(year)'", code: .invalidDate)
            }
            let month = try record.int(c[2])
            guard let asOf = PeacekeepingContribution.monthEnd(year: year, month: month) else {
                throw record.failure(c[2], "expected a month from 1 to 12, found '\(month)'", code: .invalidDate)
            }
            let personnel = try headCount(record, c[3])
            var values: [Int?] = []
            for column in parts {
                if let column { values.append(try optionalHeadCount(record, column)) } else { values.append(nil) }
            }
            let given = values.compactMap { $0 }
            let sum = given.reduce(0, +)
            if given.count == parts.count, sum != personnel {
                throw record.failure(c[3], "troops, police and experts add up to \(sum), not to the total \(personnel)")
            }
            if sum > personnel {
                throw record.failure(c[3], "the parts given add up to \(sum), more than the total \(personnel)")
            }
            let mission = missionColumn.flatMap { record.optionalText($0) }
            let key = "\(state.rawValue)|\(asOf.iso)|\(mission ?? "")"
            if let earlier = seen[key] {
                throw record.failure(
                    c[0],
                    "\(code) has a second row for \(asOf.iso) (\(mission ?? "all missions")); the first is on line \(earlier)"
                )
            }
            seen[key] = record.line
            result.append(
                PeacekeepingContribution(
                    state: state, asOf: asOf, personnel: personnel, troops: values[0], police: values[1],
                    experts: values[2], mission: mission,
                    provenance: Provenance(
                        source: sourceID, sourceURL: provenance.url(record), accessed: try provenance.accessed(record),
                        confidence: try provenance.confidence(record), note: provenance.note(record))))
        }
        return result
    }

    private func headCount(_ record: CSVRecord, _ column: Int) throws(EntenteError) -> Int {
        guard let value = try optionalHeadCount(record, column) else {
            throw record.failure(column, "expected a head count, found an empty cell")
        }
        return value
    }

    private func optionalHeadCount(_ record: CSVRecord, _ column: Int) throws(EntenteError) -> Int? {
        guard let value = try record.optionalInt(column) else { return nil }
        guard value >= 0 else { throw record.failure(column, "expected a head count of 0 or more, found '\(value)'") }
        return value
    }
}
