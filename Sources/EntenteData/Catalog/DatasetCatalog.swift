public import EntenteCore
import Foundation

/// The sources of every bundled record: what each dataset is, its version, typed coverage, terms
/// and citation.
///
/// The catalogue is data, in the bundled `catalog/datasets.json`; `DATASETS.md` and the README's
/// table follow it, the `sources` command prints it, and every stored row carries one of its ids.
/// Coverage years live only here: every "unknown after …" answer reads ``knowledgeCoverage``.
public enum DatasetCatalog {
    public static let curatedID = "entente-curated"

    /// Every catalogued source, in the file's order.
    public static let sources: [SourceRecord] = {
        do {
            return try load()
        } catch {
            // The file ships inside the package and is checked by the tests: failing here is a
            // broken build, not a user error.
            preconditionFailure("the bundled dataset catalogue cannot be read: \(error)")
        }
    }()

    /// The source record with an id.
    public static func source(_ id: String) -> SourceRecord? {
        sources.first { $0.id == id }
    }

    /// The typed coverage of a catalogued dataset; a missing id is a programming error.
    public static func span(_ id: String) -> DatasetCoverage {
        guard let span = source(id)?.span else { preconditionFailure("no dated dataset '\(id)' in the catalogue") }
        return span
    }

    /// What the knowledge base covers, dataset by dataset: the one source of every coverage year.
    public static let knowledgeCoverage = KnowledgeCoverage(
        states: span("cow-states-2024"), alliances: span("atop-5.1"), allianceProvisions: span("atop-4.01"),
        exercises: span("mme-7"), curatedActivities: curatedActivities, organisations: span("cow-igo-3"),
        votes: span("un-votes"), capabilities: span("cow-nmc-7"), disputes: span("cow-mid-5"),
        majorPowers: span("cow-majors-2016"))

    /// The curated activity record that continues MME: from the year after MME ends to the curated
    /// record's last year, partial.
    public static let curatedActivities = DatasetCoverage(
        firstYear: span("mme-7").lastYear + 1, lastYear: span(curatedID).lastYear, completeness: .partial)

    private struct Entry: Decodable {
        struct Span: Decodable {
            var firstYear: Int
            var lastYear: Int
            var observedUntil: String?
            var completeness: DatasetCoverage.Completeness?
        }

        var id: String
        var name: String
        var version: String
        var span: Span?
        var coverage: String?
        var terms: String
        var citation: String
        var files: [String]
    }

    private struct File: Decodable {
        var sources: [Entry]
    }

    private static func load() throws -> [SourceRecord] {
        guard let url = Bundle.module.url(forResource: "datasets", withExtension: "json", subdirectory: "catalog")
        else { throw EntenteError(.notFound, "catalog/datasets.json is missing from the bundle") }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(File.self, from: Data(contentsOf: url)).sources.map { entry in
            guard let span = entry.span else {
                return SourceRecord(
                    id: entry.id, name: entry.name, version: entry.version, coverage: entry.coverage ?? "undated",
                    terms: entry.terms, citation: entry.citation, files: entry.files)
            }
            let coverage = DatasetCoverage(
                firstYear: span.firstYear, lastYear: span.lastYear,
                observedUntil: span.observedUntil.flatMap { Day(iso: $0) }, completeness: span.completeness ?? .complete
            )
            return SourceRecord(
                id: entry.id, name: entry.name, version: entry.version, span: coverage, terms: entry.terms,
                citation: entry.citation, files: entry.files)
        }
    }
}
