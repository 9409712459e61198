public import EntenteCore
import EntenteStore

extension PanelReport {
    /// Writes the panel as a SQLite file: table `panel` (integer and real columns, missing as NULL)
    /// and table `codebook` (one row per column: meaning, type, source, version, coverage,
    /// completeness, citation), so the file documents itself as the CSV and its codebook do.
    ///
    /// - Throws: ``EntenteError`` `.storage` naming the path when it cannot be written; the file
    ///   appears whole or not at all.
    public func writeSQLite(to path: String) throws(EntenteError) {
        let columns: [SQLiteTableExport.Column] = table.columns.map { column in
            switch column.values {
            case .integer(let values): .integer(column.name, values, missing: PanelColumn.missingInteger)
            case .real(let values): .real(column.name, values)
            }
        }
        let entries = codebook.entries
        let text: [(String, (PanelCodebook.Entry) -> String)] = [
            ("column", \.column), ("group", \.group), ("meaning", \.meaning), ("type", \.type),
            ("source", \.source), ("source_name", \.sourceName), ("version", \.version),
            ("coverage", \.coverage), ("completeness", \.completeness), ("citation", \.citation),
        ]
        let codebookTable = SQLiteTableExport.Table(
            name: "codebook", columns: text.map { name, value in .text(name, entries.map(value)) })
        let about = SQLiteTableExport.Table(
            name: "about",
            columns: [
                .text("key", ["unit", "from", "to", "rows", "missing"] + warnings.indices.map { "warning \($0 + 1)" }),
                .text(
                    "value",
                    [
                        codebook.unit.rawValue, String(codebook.from), String(codebook.to), codebook.rows,
                        "NULL in this file (" + codebook.missing + ")",
                    ]
                        + warnings),
            ])
        try SQLiteTableExport.write(
            [SQLiteTableExport.Table(name: "panel", columns: columns), codebookTable, about], to: path)
    }
}
