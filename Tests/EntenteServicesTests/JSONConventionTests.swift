import EntenteRender
import Foundation
import Testing

struct JSONConventionTests {
    struct Sample: Codable, Equatable {
        var medianRank: Double
        var asOf: String
        var byState: [String: Int]
        var layers: [String: String]
        var note: String?
    }

    @Test func propertyNamesBecomeSnakeCaseAndDataKeysStayAsTheyAre() throws {
        let sample = Sample(
            medianRank: 2.5, asOf: "2010-12-31", byState: ["USA": 1, "ADMM-Plus": 2],
            layers: ["alliance.defense": "covered", "tiesToA": "x"], note: nil)
        let text = try EntenteJSON.string(sample)
        #expect(text.contains("\"median_rank\" : 2.5"))
        #expect(text.contains("\"as_of\" : \"2010-12-31\""))
        #expect(text.contains("\"USA\" : 1"))
        #expect(text.contains("\"ADMM-Plus\" : 2"))
        #expect(text.contains("\"alliance.defense\""))
        // Keys are sorted, so the output is stable.
        let keys = ["as_of", "by_state", "layers", "median_rank"].map { text.range(of: "\"\($0)\"")!.lowerBound }
        #expect(keys == keys.sorted())
        let back = try EntenteJSON.decode(Sample.self, from: Data(text.utf8))
        #expect(back.medianRank == 2.5 && back.asOf == "2010-12-31" && back.byState["USA"] == 1)
    }

    @Test func aNaNIsRefusedRatherThanWrittenAsAString() {
        #expect(throws: (any Error).self) { try EntenteJSON.string(["x": Double.nan]) }
    }

    @Test func snakeAndCamelCaseRoundTripIdentifiersOnly() {
        #expect(EntenteJSON.snakeCase("hedgingIndex") == "hedging_index")
        #expect(EntenteJSON.snakeCase("USA") == "USA")
        #expect(EntenteJSON.snakeCase("alliance.defense") == "alliance.defense")
        #expect(EntenteJSON.camelCase("hedging_index") == "hedgingIndex")
        #expect(EntenteJSON.camelCase("ADMM_Plus") == "ADMM_Plus")
        for name in ["sourceURL", "atopIDs", "atopID", "partnerHHI", "medianRank", "iso3", "exercisePartners"] {
            #expect(EntenteJSON.camelCase(EntenteJSON.snakeCase(name)) == name)
        }
        #expect(EntenteJSON.snakeCase("sourceURL") == "source_url")
        #expect(EntenteJSON.snakeCase("atopIDs") == "atop_ids")
        #expect(EntenteJSON.snakeCase("URLPath") == "URLPath")
        #expect(EntenteJSON.snakeCase("rawURLPath") == "raw_url_path")
    }
}
