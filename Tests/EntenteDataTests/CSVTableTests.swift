import EntenteCore
import EntenteData
import Testing

struct CSVTableTests {
    func parse(_ text: String) throws -> CSVTable {
        try CSVTable(bytes: Array(text.utf8), fileName: "t.csv")
    }

    @Test func quotedFieldsKeepCommasQuotesAndNewlines() throws {
        let table = try parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n1,,3\n")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows == [["x, y", "say \"hi\"", "two\nlines"], ["1", "", "3"]])
        #expect(table.lineNumbers == [2, 4])
    }

    @Test func unterminatedQuoteNamesItsLine() {
        let error = #expect(throws: EntenteError.self) { try parse("a,b\n1,2\n3,\"open\n") }
        #expect(error?.message == "t.csv:3: a quoted field is never closed; expected a closing '\"'.")
    }

    @Test func emptyFileIsRefused() {
        let error = #expect(throws: EntenteError.self) { try parse("") }
        #expect(error?.code == .malformedFile)
    }

    @Test func typedAccessorsNameFileLineAndColumn() throws {
        let table = try parse("n,d,x\n12,2024-02-29,1e+05\nabc,2023-02-29,\n")
        #expect(try table.record(0).int(0) == 12)
        #expect(try table.record(0).day(1).iso == "2024-02-29")
        #expect(try table.record(0).int(2) == 100_000)
        #expect(try table.record(1).optionalInt(2) == nil)
        let bad = #expect(throws: EntenteError.self) { try table.record(1).int(0) }
        #expect(bad?.message == "t.csv:3: column 'n': expected a whole number, found 'abc'.")
        let date = #expect(throws: EntenteError.self) { try table.record(1).day(1) }
        #expect(date?.code == .invalidDate)
        #expect(
            date?.message == "t.csv:3: column 'd': expected a date written YYYY-MM-DD that exists, found '2023-02-29'.")
    }

    @Test func namibiasCodeIsNotAMissingValue() throws {
        let table = try parse("code\nNA\n\n")
        #expect(table.rows.count == 1)
        #expect(table.record(0).optionalText(0) == "NA")
    }

    @Test func jsonRecordsBecomeRowsWithListsJoined() throws {
        let json =
            #"[{"id": "a", "participants": ["IDN", "USA"], "notified": true, "lat": 1.5}, {"id": "b", "lat": null}]"#
        let table = try JSONRecords.table(bytes: Array(json.utf8), fileName: "j.json")
        let id = try #require(table.column("id"))
        let participants = try #require(table.column("participants"))
        let notified = try #require(table.column("notified"))
        #expect(
            table.rows[0][id] == "a" && table.rows[0][participants] == "IDN;USA" && table.rows[0][notified] == "true")
        #expect(table.rows[1][participants] == "")
        let error = #expect(throws: EntenteError.self) {
            try JSONRecords.table(bytes: Array("{}".utf8), fileName: "j.json")
        }
        #expect(error?.message == "j.json: expected a JSON array of objects at the top level.")
    }
}
