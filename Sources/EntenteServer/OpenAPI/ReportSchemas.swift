import EntenteServices

/// The schemas of the API's answers, by component name: generated ones (from sample answers, see
/// `ReportSchemas+Generated.swift`) and the few written here for types no CLI command prints.
public enum ReportSchemas {
    public static var all: [String: JSONSchema] {
        generated.merging(written) { generated, _ in generated }
    }

    public static let errorReference = JSONSchema.reference("Error")

    static let datasetCoverage = JSONSchema.object(
        properties: [
            "first_year": .number, "last_year": .number, "observed_until": .string(format: "date"),
            "completeness": .string(),
        ], required: ["first_year", "last_year", "observed_until", "completeness"])

    static let written: [String: JSONSchema] = [
        "DatasetCoverage": datasetCoverage,
        "KnowledgeCoverage": .object(properties: [:], additional: .reference("DatasetCoverage")),
        "ImportSummary": .object(
            properties: ["kind": .string(), "file": .string(), "records": .number],
            required: ["kind", "file", "records"]),
        "LawTemplate": .object(
            properties: ["question": .string(), "text": .string()], required: ["question", "text"]),
        "SimulationJob": .object(
            properties: [
                "id": .string(), "scenario": .string(), "model": .string(),
                "state": .string(enumeration: ["queued", "running", "finished", "failed", "cancelled"]),
                "done": .number, "total": .number, "submitted": .string(format: "date-time"), "error": .string(),
                "result": .reference("SimulationRunReport"),
            ], required: ["id", "scenario", "model", "state", "done", "total", "submitted"]),
        "PanelCodebookReport": .object(
            properties: [
                "codebook": .object(
                    properties: [
                        "unit": .string(enumeration: PanelUnit.allCases.map(\.rawValue)),
                        "from": .number, "to": .number, "rows": .string(), "missing": .string(),
                        "entries": .array(.reference("PanelCodebookEntry")),
                    ], required: ["unit", "from", "to", "rows", "missing", "entries"]),
                "warnings": .array(.string()),
            ], required: ["codebook", "warnings"]),
        "PanelCodebookEntry": .object(
            properties: [
                "column": .string(), "group": .string(), "meaning": .string(), "type": .string(),
                "source": .string(), "source_name": .string(), "version": .string(), "coverage": .string(),
                "completeness": .string(), "citation": .string(),
            ],
            required: [
                "column", "group", "meaning", "type", "source", "source_name", "version", "coverage", "completeness",
                "citation",
            ]),
        "Error": .object(
            properties: [
                "error": .object(
                    properties: ["status": .number, "code": .string(), "message": .string()],
                    required: ["status", "code", "message"])
            ], required: ["error"]),
    ]
}
