/// A built panel: the table, its codebook, and warnings about columns the data covers only in
/// part of the years asked for.
public struct PanelReport: Sendable, Codable {
    public var request: PanelRequest
    public var table: PanelTable
    public var codebook: PanelCodebook
    /// One sentence per column group whose source does not cover every year asked for.
    public var warnings: [String]

    public init(request: PanelRequest, table: PanelTable, codebook: PanelCodebook, warnings: [String]) {
        self.request = request
        self.table = table
        self.codebook = codebook
        self.warnings = warnings
    }
}
