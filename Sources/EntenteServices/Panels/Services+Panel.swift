public import EntenteCore
import EntenteData
import EntenteStore

extension Services {
    /// A research panel — state-years, dyad-years, directed dyad-years or state-days — with the asked-for
    /// columns joined from the knowledge base, its codebook, and warnings for columns whose source
    /// covers only part of the years (cells outside a source's coverage are missing, never 0).
    ///
    /// - Throws: ``EntenteError`` `.invalidInput` for a reversed or out-of-data year range, a column
    ///   group that has no columns for the unit or whose source covers none of the years, a
    ///   politically relevant filter outside the contiguity and major-power data, or an unknown state.
    public func panel(_ request: PanelRequest) async throws(EntenteError) -> PanelReport {
        let (coverage, warnings) = try Self.checkPanel(request)
        var filter: Set<Int32>?
        if !request.states.isEmpty {
            let directory = try await store.directory()
            var codes = Set<Int32>()
            for name in request.states {
                let state = try directory.resolve(name)
                codes.insert(Int32(state.cow.rawValue))
            }
            filter = codes
        }
        let needs = PanelBuilder.tables(for: request.groups, politicallyRelevant: request.politicallyRelevant)
        let sources = try await store.panelSources(needs)
        let diplomacy = try await panelDiplomacy(request, coverage: coverage)
        let builder = PanelBuilder(
            request: request, inputs: PanelInputs(sources: sources, years: request.from...request.to), states: filter,
            coverage: coverage, midYears: Self.coverage.disputes.years, needs: needs, diplomacy: diplomacy)
        let table = builder.build()
        return PanelReport(
            request: request, table: table, codebook: Self.codebook(request, builder.specs), warnings: warnings)
    }

    /// The years each group covers and a warning per group covering only part of the range.
    static func checkPanel(_ request: PanelRequest) throws(EntenteError) -> ([PanelGroup: ClosedRange<Int>], [String]) {
        let system = coverage.states
        guard request.from <= request.to else {
            throw EntenteError(
                .invalidInput,
                "The last year (\(request.to)) is before the first (\(request.from)); give --from ≤ --to.")
        }
        guard system.contains(year: request.from), system.contains(year: request.to) else {
            throw EntenteError(
                .invalidInput,
                "The years \(request.from)–\(request.to) leave the state system's coverage (COW \(system.text)).")
        }
        guard (1...5).contains(request.prdContiguity) else {
            throw EntenteError(
                .invalidInput,
                "The contiguity type for politically relevant dyads is \(request.prdContiguity); give 1 (land) to 5 (≤400 miles of water)."
            )
        }
        if request.politicallyRelevant {
            guard request.unit.isDyadic else {
                throw EntenteError(
                    .invalidInput, "Politically relevant dyads filter dyads; the unit is \(request.unit.rawValue).")
            }
            for id in ["cow-contiguity-3.2", "cow-majors-2016"] {
                let span = DatasetCatalog.span(id)
                guard span.contains(year: request.from), span.contains(year: request.to) else {
                    let name = DatasetCatalog.source(id)?.name ?? id
                    throw EntenteError(
                        .invalidInput,
                        "Politically relevant dyads need \(name), which covers \(span.text); \(request.from)–\(request.to) "
                            + "leaves it, so relevance is unknown there. Limit --to to \(span.lastYear) or drop --prd.")
                }
            }
        }
        var covered: [PanelGroup: ClosedRange<Int>] = [:]
        var warnings: [String] = []
        for group in request.groups {
            guard group.applies(to: request.unit) else {
                if request.unit == .stateDay {
                    let daily = PanelGroup.allCases.filter(\.isDayPrecise).map(\.rawValue).joined(separator: ", ")
                    throw EntenteError(
                        .invalidInput,
                        "'\(group.rawValue)' has yearly values only; the state-day unit takes the day-precise "
                            + "groups: \(daily).")
                }
                throw EntenteError(
                    .invalidInput,
                    "'\(group.rawValue)' has columns only for dyads; the unit is \(request.unit.rawValue).")
            }
            let span = DatasetCatalog.span(group.sourceID)
            let name = DatasetCatalog.source(group.sourceID)?.name ?? group.sourceID
            let lo = max(span.firstYear, request.from)
            let hi = min(span.lastYear, request.to)
            guard lo <= hi else {
                throw EntenteError(
                    .invalidInput,
                    "'\(group.rawValue)' (\(name)) covers \(span.text); \(request.from)–\(request.to) has none of it.")
            }
            covered[group] = lo...hi
            if lo > request.from || hi < request.to {
                warnings.append(
                    "\(group.rawValue): \(name) covers \(span.text); cells outside \(lo)–\(hi) are missing.")
            }
            if Self.completeness(of: group) == .partial {
                warnings.append("\(group.rawValue): \(name) is a partial record; 0 means none recorded.")
            }
        }
        return (covered, warnings)
    }

    /// Whether a group's record is complete: its source's, except the `regimes` rosters, which the
    /// curated organisations file marks complete (NPT, CTBT, TAC; a test holds the data to it)
    /// although the curated record as a whole is partial.
    static func completeness(of group: PanelGroup) -> DatasetCoverage.Completeness {
        group == .regimes ? .complete : DatasetCatalog.span(group.sourceID).completeness
    }

    static func codebook(_ request: PanelRequest, _ specs: [(group: PanelGroup?, spec: PanelColumnSpec)])
        -> PanelCodebook
    {
        let system = DatasetCatalog.source("cow-states-2024")
        let entries = specs.map { group, spec in
            let source = DatasetCatalog.source(group?.sourceID ?? "cow-states-2024") ?? system
            let span = source?.span
            return PanelCodebook.Entry(
                column: spec.name, group: group?.rawValue ?? "key", meaning: spec.meaning,
                type: spec.isReal ? "real" : "integer", source: source?.id ?? "", sourceName: source?.name ?? "",
                version: source?.version ?? "", coverage: span?.text ?? source?.coverage ?? "",
                completeness: group.map { Self.completeness(of: $0).rawValue } ?? span?.completeness.rawValue
                    ?? "complete",
                citation: source?.citation ?? "")
        }
        var rows: String
        switch request.unit {
        case .stateYear: rows = "one row per state in the COW state system in the year (any part of it)"
        case .dyadYear: rows = "one row per pair of states both in the COW state system in the year, ccode1 < ccode2"
        case .directedDyadYear: rows = "one row per ordered pair of states both in the COW state system in the year"
        case .stateDay:
            rows =
                "one row per state in the COW state system on the day (its entry and exit days included), "
                + "date = YYYYMMDD"
        }
        if !request.states.isEmpty { rows += "; limited to \(request.states.joined(separator: ", "))" }
        if request.politicallyRelevant {
            rows +=
                "; politically relevant dyads only: COW direct contiguity type ≤ \(request.prdContiguity) "
                + "(1 = land or river border) or at least one COW major power"
        }
        return PanelCodebook(
            unit: request.unit, from: request.from, to: request.to, rows: rows,
            missing: "empty cell in CSV, null in JSON: the source does not cover the year or has no value; never 0",
            entries: entries)
    }
}
