import EntenteCore
import EntenteRender
import EntenteServices
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Research panels over HTTP: the table streamed as CSV a megabyte at a time (a full dyad-year
/// panel is about 100 MB of text, never held as one string), and its codebook with the coverage
/// warnings as JSON — the same `Services.panel` the CLI's `data panel` renders.
enum PanelAPI {
    static let maxStateDayYears = 10

    static func routes(_ services: Services) -> [APIRoute] {
        let unit = APIRoute.Parameter.path(
            "unit", PanelUnit.allCases.map(\.rawValue).joined(separator: ", ") + ".", example: .string("dyad-year"))
        let parameters: [APIRoute.Parameter] = [
            unit,
            .query("from", .integer, "First year.", required: true, range: 1816...2100, example: .number(2000)),
            .query("to", .integer, "Last year (default: from).", range: 1816...2100, example: .number(2001)),
            .query(
                "with", .string(),
                "Column groups, comma-separated: " + PanelGroup.allCases.map(\.rawValue).joined(separator: ", ") + ".",
                example: .string("contiguity,majors")),
            .query(
                "states", .string(), "Only these states (comma-separated codes or names); dyads need both listed.",
                example: .string("USA,CAN,MEX")),
            .query("prd", .boolean, "Politically relevant dyads only (land contiguity or a COW major power)."),
        ]
        return [
            APIRoute(
                .get, "/api/v1/panels/{unit}", id: "getPanel", tag: "data",
                summary:
                    "A research panel as CSV, streamed: state-years or dyad-years with the asked-for columns (missing cells empty).",
                parameters: parameters, answer: .text("text/csv"), cached: false
            ) { request, context in
                let report = try await services.panel(try panelRequest(APIRequest(request, context)))
                let table = report.table
                let body = ResponseBody { writer in
                    for chunk in PanelTableChunks(table, format: .csv) {
                        try await writer.write(ByteBuffer(bytes: chunk))
                    }
                    try await writer.finish(nil)
                }
                return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8"], body: body)
            },
            APIRoute(
                .get, "/api/v1/panels/{unit}/codebook", id: "getPanelCodebook", tag: "data",
                summary: "The codebook of the same panel: each column's meaning, source, version and coverage.",
                parameters: parameters, answer: .json(.reference("PanelCodebookReport"))
            ) { request, context in
                let report = try await services.panel(try panelRequest(APIRequest(request, context)))
                return try APIResponse.json(PanelCodebookReport(codebook: report.codebook, warnings: report.warnings))
            },
        ]
    }

    /// The panel a request asks for, refused with the parameter's name when a value is not valid.
    static func panelRequest(_ q: APIRequest) throws(EntenteError) -> PanelRequest {
        let unitText = try q.path("unit")
        guard let unit = PanelUnit(rawValue: unitText) else {
            throw EntenteError(
                .invalidInput,
                "'unit': '\(unitText)' is not one of " + PanelUnit.allCases.map(\.rawValue).joined(separator: ", ")
                    + ".")
        }
        guard let from = try q.int("from", in: 1816...2100) else {
            throw EntenteError(.invalidInput, "The query parameter 'from' is required.")
        }
        let to = try q.int("to", in: 1816...2100) ?? from
        // A state-day panel has about 73,000 rows a year; a request stays within a decade of them.
        if unit == .stateDay, to - from >= maxStateDayYears {
            throw EntenteError(
                .invalidInput,
                "'from'–'to' spans \(to - from + 1) years of state-days; ask for at most \(maxStateDayYears) per request "
                    + "(the CLI's data panel writes any range).")
        }
        return PanelRequest(
            unit: unit, from: from, to: to, states: q.list("states") ?? [],
            politicallyRelevant: try q.bool("prd") ?? false, groups: try PanelGroup.parse(q.list("with") ?? []))
    }
}

/// The codebook answer: the codebook and one sentence per column group its data covers only in part.
struct PanelCodebookReport: Encodable {
    var codebook: PanelCodebook
    var warnings: [String]
}
