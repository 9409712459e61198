import EntenteCore
import EntenteServices
import EntenteStore
import Foundation
import HTTPTypes

/// The knowledge base: states, profiles, organisations and their members, alliances, activities,
/// sources, coverage, and imports.
enum DataAPI {
    static func routes(_ services: Services, _ configuration: ServerConfiguration) -> [APIRoute] {
        let asOf = APIRoute.Parameter.query(
            "as_of", .string(format: "date"), "The day, YYYY-MM-DD (default: the knowledge base's last observed day).")
        return [
            APIRoute(
                .get, "/api/v1/coverage", id: "getCoverage", tag: "data",
                summary: "What each dataset covers: first and last year, last observation, completeness.",
                answer: .json(.reference("KnowledgeCoverage"))
            ) { _, _ in try APIResponse.json(services.coverage) },
            APIRoute(
                .get, "/api/v1/states", id: "listStates", tag: "data", summary: "The states in the system on a day.",
                parameters: [asOf], answer: .json(.reference("StatesReport"))
            ) { request, context in
                let q = APIRequest(request, context)
                return try APIResponse.json(try await services.states(asOf: try q.day("as_of") ?? Services.defaultDay))
            },
            APIRoute(
                .get, "/api/v1/states/{state}", id: "getStateProfile", tag: "data",
                summary: "A state's profile on a day: memberships, alliances, partners, disputes, treaties.",
                parameters: [
                    .path("state", "ISO alpha-3 code, COW code or abbreviation, or a name.", example: "IDN"), asOf,
                ],
                answer: .json(.reference("ProfileReport"))
            ) { request, context in
                let q = APIRequest(request, context)
                let day = try q.day("as_of") ?? Services.defaultDay
                return try APIResponse.json(try await services.profile(state: try q.path("state"), asOf: day))
            },
            APIRoute(
                .get, "/api/v1/states/{state}/alliances", id: "getStateAlliances", tag: "data",
                summary: "A state's alliance obligations in a year (ATOP), by partner.",
                parameters: [
                    .path("state", "ISO alpha-3 code, COW code or abbreviation, or a name.", example: "USA"),
                    .query("year", .integer, "The year.", required: true, range: 1816...2100, example: .number(2000)),
                ],
                answer: .json(.reference("AllianceReport"))
            ) { request, context in
                let q = APIRequest(request, context)
                guard let year = try q.int("year", in: 1816...2100) else {
                    throw EntenteError(.invalidInput, "The query parameter 'year' is required.")
                }
                return try APIResponse.json(try await services.alliances(state: try q.path("state"), year: year))
            },
            APIRoute(
                .get, "/api/v1/organisations", id: "listOrganisations", tag: "data",
                summary: "Every organisation, forum and treaty the knowledge base holds.",
                answer: .json(.array(.reference("Organisation")))
            ) { _, _ in try APIResponse.json(try await services.organisations()) },
            APIRoute(
                .get, "/api/v1/organisations/{organisation}/members", id: "getOrganisationMembers", tag: "data",
                summary: "An organisation's participants on a day, by status, with coverage flags.",
                parameters: [
                    .path(
                        "organisation", "The organisation's id or name (NATO, ASEAN, ADMM-Plus …).", example: "ASEAN"),
                    asOf,
                ],
                answer: .json(.reference("MembersReport"))
            ) { request, context in
                let q = APIRequest(request, context)
                let day = try q.day("as_of") ?? Services.defaultDay
                return try APIResponse.json(
                    try await services.members(organisation: try q.path("organisation"), asOf: day))
            },
            APIRoute(
                .get, "/api/v1/activities", id: "listActivities", tag: "data",
                summary: "Defence-diplomacy activities (exercises, dialogues, agreements …), filtered and paged.",
                parameters: [
                    .query("state", .string(), "Only activities this state took part in."),
                    .query("kind", .string(enumeration: ActivityKind.allCases.map(\.rawValue)), "Only this kind."),
                    .query("from", .string(format: "date"), "Starting on or after this day."),
                    .query("to", .string(format: "date"), "Starting on or before this day."),
                    .query("limit", .integer, "At most this many (1–5000, default 500).", range: 1...5000),
                    .query("offset", .integer, "Skip this many first (default 0).", range: 0...10_000_000),
                ],
                answer: .json(.reference("ActivitiesReport"))
            ) { request, context in
                let q = APIRequest(request, context)
                let filter = ActivityFilter(
                    kind: try q.choice("kind", ActivityKind.self), from: try q.day("from"), to: try q.day("to"),
                    limit: try q.int("limit", in: 1...5000) ?? 500, offset: try q.int("offset", in: 0...10_000_000) ?? 0
                )
                return try APIResponse.json(try await services.activities(involving: q.text("state"), filter))
            },
            APIRoute(
                .get, "/api/v1/sources", id: "listSources", tag: "data",
                summary: "The datasets behind the answers, with their citation and terms.",
                answer: .json(.array(.reference("SourceRecord")))
            ) { _, _ in try APIResponse.json(try await services.sources()) },
            APIRoute(
                .post, "/api/v1/imports/{kind}", id: "importRecords", tag: "data",
                summary: "Imports a CSV file of the user's own records; all or nothing, kept across rebuilds.",
                parameters: [
                    .path("kind", "activities, memberships, organisations or treaty_status.", example: "organisations"),
                    .query(
                        "file", .string(), "The name to quote in errors and in the source list (default upload.csv)."),
                ],
                body: .text("The CSV file.", mediaTypes: ["text/csv"]),
                answer: .json(.reference("ImportSummary")), needsToken: true
            ) { request, context in
                let q = APIRequest(request, context)
                let kindText = try q.path("kind")
                guard let kind = ImportKind(rawValue: kindText) else {
                    throw EntenteError(
                        .invalidInput,
                        "'\(kindText)' is not an import kind; use "
                            + ImportKind.allCases.map(\.rawValue).joined(separator: ", ") + ".")
                }
                let name = q.text("file").map(safeFileName) ?? "upload.csv"
                let text = try await q.bodyText(limit: configuration.maxBodyBytes)
                return try APIResponse.json(
                    try await services.importRecords(kind: kind, fileName: name, bytes: Array(text.utf8)))
            },
        ]
    }

    /// The day answered when none is asked for: the last day the state system is observed, so an
    /// answer never claims knowledge of a day the data do not reach.
    /// A client's file name with anything path-like removed.
    static func safeFileName(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = base.filter { $0.isLetter || $0.isNumber || "._-".contains($0) }
        return kept.isEmpty ? "upload.csv" : String(kept.prefix(80))
    }
}
