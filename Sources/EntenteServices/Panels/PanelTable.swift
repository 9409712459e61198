/// A research panel as columns: the key columns (`year`, then `ccode` or `ccode1`, `ccode2`) first,
/// then the asked-for columns, all of ``rowCount`` values.
public struct PanelTable: Sendable, Codable {
    public let unit: PanelUnit
    public let rowCount: Int
    public let columns: [PanelColumn]

    public init(unit: PanelUnit, rowCount: Int, columns: [PanelColumn]) {
        precondition(columns.allSatisfy { $0.count == rowCount }, "panel columns differ in length")
        self.unit = unit
        self.rowCount = rowCount
        self.columns = columns
    }

    /// The column with a name.
    public func column(_ name: String) -> PanelColumn? { columns.first { $0.name == name } }

    /// The row of a state-year or (directed) dyad-year, nil when the panel has none.
    public func row(year: Int, _ first: Int, _ second: Int? = nil) -> Int? {
        guard let years = column("year") else { return nil }
        let a = column(unit.isDyadic ? "ccode1" : "ccode")
        let b = unit.isDyadic ? column("ccode2") : nil
        for r in 0..<rowCount where years.integer(r) == year && a?.integer(r) == first {
            if let second, b?.integer(r) != second { continue }
            return r
        }
        return nil
    }

    /// The row of a state on a day (`date` as YYYYMMDD) in a state-day panel, nil when it has none.
    public func row(date: Int, _ ccode: Int) -> Int? {
        guard let dates = column("date"), let codes = column("ccode") else { return nil }
        return (0..<rowCount).first { dates.integer($0) == date && codes.integer($0) == ccode }
    }
}
