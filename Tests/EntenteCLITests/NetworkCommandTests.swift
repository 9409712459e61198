import ArgumentParser
import EntenteCore
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteCLI

/// Parses `arguments` as `entente network …` and returns the validation message.
private func parseFailure(_ arguments: [String]) -> String? {
    do {
        _ = try EntenteCommand.parseAsRoot(["network"] + arguments)
        return nil
    } catch {
        return EntenteCommand.message(for: error)
    }
}

private func command<C: ParsableCommand>(_ type: C.Type, _ arguments: [String]) async throws -> C {
    let store = try await BundledStore.store()
    let parsed = try EntenteCommand.parseAsRoot(["network"] + arguments + ["--store", store.path])
    return try #require(parsed as? C)
}

/// `entente network …` parsing and validation, and end-to-end facts from the bundled knowledge base.
struct NetworkCommandTests {
    @Test func edgesAndYearAreMutuallyExclusive() {
        #expect(
            parseFailure(["measures", "--edges", "x.csv", "--year", "2000"])
                == "--edges and --year cannot be used together; give one.")
        #expect(parseFailure(["measures"]) == "Give --edges FILE or --year YEAR.")
        #expect(parseFailure(["export", "--format", "gexf"]) == "Give --edges FILE or --year YEAR.")
        #expect(
            parseFailure(["measures", "--edges", "x.csv", "--region", "asia"])
                == "--region needs --year; an edge list has no regions.")
    }

    @Test func yearOutsideTheDataNamesTheLayersThatExist() throws {
        let message = try #require(parseFailure(["measures", "--year", "1700"]))
        // The years come from the dataset catalogue, where ATOP 5.1 starts in 1815 (the old literal said 1816).
        #expect(
            message.hasPrefix(
                "--year 1700 is outside the data; the knowledge base covers 1816–2025: alliances (ATOP) 1815–2018"))
        #expect(message.contains("exercises 1980–2010 (MME)"))
    }

    @Test func unknownLayerRegionPresetAndBadWeightsAreRejectedWithTheChoices() throws {
        #expect(
            try #require(parseFailure(["measures", "--year", "2000", "--layer", "alliances"]))
                .hasPrefix("Unknown --layer 'alliances'; use one of: alliance, alliance.defense"))
        #expect(
            try #require(parseFailure(["measures", "--year", "2000", "--region", "antarctica"])).contains("antarctica"))
        #expect(
            try #require(parseFailure(["index", "--year", "2000", "--preset", "lowy"]))
                .hasPrefix(
                    "Unknown --preset 'lowy'; use one of: defence-networks, alliance-heavy, practice-heavy, equal"))
        #expect(parseFailure(["index", "--year", "2000", "--samples", "0"]) == "--samples must be at least 1; got 0.")
        #expect(
            try #require(parseFailure(["validate", "--parts", "index,lowy"]))
                .hasPrefix("Unknown part 'lowy' in --parts; use: blocs, index, hedging, affinity"))
        #expect(
            parseFailure(["profile", "IDN", "--from", "2001", "--to", "2000"]) == "--to (2000) is before --from (2001)."
        )
        #expect(
            parseFailure(["affinity", "USA", "GBR", "--from", "2019", "--to", "2022"])
                == "UN General Assembly votes cover 1946–2020; 2019–2022 is outside that.")
    }

    @Test func badCombinationWeightsAreRejectedWhenRun() async throws {
        let c = try await command(
            NetworkMeasuresCommand.self, ["measures", "--year", "2000", "--combine", "exercises=1"])
        let error = await #expect(throws: ValidationError.self) { _ = try await c.report() }
        #expect(
            error?.message
                == "--combine: unknown layer 'exercises'; combine alliance, exercise, organisation, agreement.")
    }

    @Test func natoCoMembershipLinksUSAAndTurkeyIn2010() async throws {
        let c = try await command(
            NetworkExportCommand.self, ["export", "--year", "2010", "--layer", "organisation", "--format", "csv"])
        let lines = try await c.render().split(separator: "\n").map(String.init)
        #expect(lines.first == "source,target,weight")
        let tie = try #require(lines.first { $0.hasPrefix("USA,TUR,") })
        // NATO (collective defence, 1) and OSCE (an inclusive forum, 0.05) at least.
        #expect(try #require(Double(tie.split(separator: ",")[2])) >= 1.05 - 1e-9)
        let natoOnly = try await command(
            NetworkExportCommand.self,
            ["export", "--year", "2010", "--layer", "organisation", "--organisations", "NATO", "--format", "csv"])
        let natoLines = try await natoOnly.render().split(separator: "\n").map(String.init)
        #expect(natoLines.contains("USA,TUR,1.0"))
        #expect(!natoLines.contains { $0.hasPrefix("USA,RUS,") })
        // 28 members in 2010: 28·27/2 ties plus the header.
        let natoTies: Int = 28 * 27 / 2
        #expect(natoLines.count == natoTies + 1)
    }

    @Test func allianceLayerIn2020IsReportedUnknown() async throws {
        let c = try await command(NetworkMeasuresCommand.self, ["measures", "--year", "2020", "--layer", "alliance"])
        let error = await #expect(throws: EntenteError.self) { _ = try await c.report() }
        #expect(
            error?.message.hasPrefix("The alliance layer is unknown in 2020: ATOP's alliance data do not cover 2020")
                == true)
        #expect(error?.message.contains("Layers known in 2020: exercise (partial)") == true)
        let profile = try await command(
            NetworkProfileCommand.self, ["profile", "IDN", "--from", "2018", "--to", "2020", "--format", "json"])
        let json = try await profile.report()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let years = try #require(object["years"] as? [[String: Any]])
        #expect(years.count == 3)
        #expect((years[0]["layers"] as? [String: String])?["alliance"] == "covered")
        #expect((years[2]["layers"] as? [String: String])?["alliance"] == "unknown")
    }

    @Test func allianceLayerIn2010LinksUSAAndJapanFromTheTreaty() async throws {
        let c = try await command(
            NetworkExportCommand.self, ["export", "--year", "2010", "--layer", "alliance.defense", "--format", "csv"])
        let lines = try await c.render().split(separator: "\n").map(String.init)
        #expect(lines.contains("USA,JPN,1.0"))
    }

    @Test func usaGbrVoteAffinityIsHigherThanUsaCubaInThe1990s() async throws {
        func overallS(_ a: String, _ b: String) async throws -> Double {
            let c = try await command(
                NetworkAffinityCommand.self, ["affinity", a, b, "--from", "1990", "--to", "1999", "--format", "json"])
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(try await c.report().utf8)) as? [String: Any])
            let overall = try #require(object["overall"] as? [String: Any])
            #expect((overall["votes"] as? Int ?? 0) > 500)
            return try #require(overall["s"] as? Double)
        }
        let gbr = try await overallS("USA", "GBR")
        let cuba = try await overallS("United States", "Cuba")
        #expect(gbr > 0.2)
        #expect(cuba < 0)
        #expect(gbr > cuba)
    }

    @Test func unknownStateFailsWithASuggestion() async throws {
        let c = try await command(NetworkProfileCommand.self, ["profile", "Indonesa", "--from", "2010"])
        let error = await #expect(throws: EntenteError.self) { _ = try await c.report() }
        #expect(error?.code == .unknownState)
        #expect(error?.message.contains("Did you mean 'Indonesia'?") == true)
    }

    @Test func blocsAreSeededAndBalanceSeparatesAlliesFromPartners() async throws {
        let args = ["blocs", "--year", "2005", "--format", "json", "--seed", "3"]
        let first = try await command(NetworkBlocsCommand.self, args).report()
        let second = try await command(NetworkBlocsCommand.self, args).report()
        #expect(first == second)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect((object["modularity"] as? Double ?? 0) > 0.2)
        let states = try #require(object["states"] as? [[String: Any]])
        func value(_ s: String, _ key: String) -> Double? {
            states.first { $0["state"] as? String == s }?[key] as? Double
        }
        // Balance toward the anchors counts every obligation (GBR's non-aggression and consultation
        // ties to Russia among them); the position between the blocs found weighs alignment.
        #expect(try #require(value("GBR", "balance")) > 0)
        #expect(try #require(value("KAZ", "balance")) < 0)
        #expect(try #require(value("GBR", "bloc_position")) > 0.5)
        #expect(try #require(value("KAZ", "bloc_position")) < 0)
        #expect(object["two_blocs"] as? Bool == true)
    }

    @Test func asianIndexRanksEveryAsianStateWithAnInterval() async throws {
        let c = try await command(
            NetworkIndexCommand.self,
            ["index", "--year", "2010", "--region", "asia", "--samples", "200", "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(try await c.report().utf8)) as? [String: Any])
        let states = try #require(object["states"] as? [[String: Any]])
        #expect(states.count > 20)
        #expect(!states.contains { $0["state"] as? String == "USA" })
        for s in states {
            let low = try #require(s["rank_low"] as? Double)
            let high = try #require(s["rank_high"] as? Double)
            let median = try #require(s["median_rank"] as? Double)
            #expect(low <= median && median <= high)
        }
        #expect(states.first?["rank"] as? Int == 1)
        let y2022 = try await command(
            NetworkIndexCommand.self, ["index", "--year", "2022", "--region", "asia", "--samples", "50"])
        let text = try await y2022.report()
        #expect(text.contains("note: alliance layer unknown in 2022"))
    }

    @Test func regionFilterShowsOnlyThatRegionsStates() async throws {
        let c = try await command(
            NetworkMeasuresCommand.self,
            ["measures", "--year", "2000", "--layer", "exercise", "--region", "oceania", "--format", "csv"])
        let labels = try await c.report().split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        #expect(labels.contains("AUS"))
        #expect(labels.contains("NZL"))
        #expect(!labels.contains("USA"))
    }

    @Test func yearExportAsGraphMLCarriesTheStatesAsLabels() async throws {
        let c = try await command(
            NetworkExportCommand.self, ["export", "--year", "1995", "--layer", "exercise", "--format", "graphml"])
        let text = try await c.render()
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains("<data key=\"label\">USA</data>"))
        #expect(text.contains("edgedefault=\"undirected\""))
    }
}
