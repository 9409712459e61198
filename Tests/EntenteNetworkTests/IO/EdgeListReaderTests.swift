import EntenteCore
import EntenteNetwork
import Testing

struct EdgeListReaderTests {
    @Test func readsHeaderCommentsQuotesAndDefaultWeight() throws {
        let text =
            "source,target,weight\n# a comment\n\nIDN, USA ,2.5\n\"Timor-Leste, Dem. Rep.\",IDN\r\nUSA,IDN,0.5\nAUS,AUS,1\n"
        let graph = try EdgeListReader.parse(text, fileName: "ties.csv")
        #expect(graph.labels == ["IDN", "USA", "Timor-Leste, Dem. Rep.", "AUS"])
        #expect(graph.weight(from: 0, to: 1) == 3)
        #expect(graph.weight(from: 2, to: 0) == 1)
        #expect(graph.droppedSelfLoops == 1)
    }

    @Test func headerIsOptional() throws {
        let graph = try EdgeListReader.parse("a,b,1\nb,c,2\n", fileName: "x.csv", directed: true)
        #expect(graph.isDirected)
        #expect(graph.edgeCount == 2)
    }

    @Test(
        arguments: zip(
            [
                "source,target,weight\na,b,heavy\n",
                "source,target,weight\na,b,1\nc,d,-2\n",
                "source,target,weight\n,b,1\n",
                "source,target,weight\na,,1\n",
                "source,target,weight\na,b,1,extra\n",
                "a,\"b,1\n",
                "source,target,weight\n# nothing\n",
                "a,b,inf\n",
            ],
            [
                "bad.csv:2: column 'weight': 'heavy' is not a number.",
                "bad.csv:3: column 'weight': weight -2 must be a finite number greater than 0.",
                "bad.csv:2: column 'source': the node label is empty.",
                "bad.csv:2: column 'target': the node label is empty.",
                "bad.csv:2: expected 2 or 3 comma-separated fields (source,target[,weight]) but found 4.",
                "bad.csv:1: a quoted field is not closed; add the closing '\"'.",
                "bad.csv: the file has no ties; expected lines source,target[,weight].",
                "bad.csv:1: column 'weight': weight inf must be a finite number greater than 0.",
            ]))
    func malformedInputIsRefusedWithFileLineAndField(_ text: String, _ message: String) {
        let error = #expect(throws: EntenteError.self) { try EdgeListReader.parse(text, fileName: "bad.csv") }
        #expect(error?.code == .malformedFile)
        #expect(error?.message == message)
    }
}
