import ArgumentParser
import EntenteCore
import EntenteServices
import EntenteTestSupport
import Foundation
import Testing

@testable import EntenteCLI

/// `entente data peacekeeping` and the profile's "UN peacekeeping" section: every stated month with
/// its source, and the partial flag with the number of months, never a bare count.
struct PeacekeepingCommandTests {
    @Test func theListingPrintsEachMonthWithItsSourceUnderThePartialFlag() async throws {
        let services = Services(store: try await BundledStore.store())
        let report = try await services.peacekeeping(state: "IDN")
        #expect(!report.totals.isEmpty)
        let text = try PeacekeepingCommand.render(report, format: .text)
        let first = try #require(text.split(separator: "\n").first)
        #expect(first.contains("Indonesia"))
        #expect(first.contains("partial — \(report.monthsKnown) months known"))
        for entry in report.totals {
            #expect(text.contains(PeacekeepingText.month(entry.contribution.asOf)))
            #expect(text.contains(try #require(entry.contribution.sourceURL)))
        }
        let csv = try PeacekeepingCommand.render(report, format: .csv)
        #expect(csv.split(separator: "\n").count == report.totals.count + report.missions.count + 1)
        let json = try PeacekeepingCommand.render(report, format: .json)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["totals"] as? [Any])?.count == report.totals.count)
        #expect(object["months_known"] as? Int == report.monthsKnown)
    }

    @Test func anUnrecordedYearPrintsUnknownNotZero() async throws {
        let services = Services(store: try await BundledStore.store())
        let all = try await services.peacekeeping(state: "IDN")
        let years = Set(all.totals.map(\.contribution.year))
        let first = try #require(years.min())
        let gap = try #require((first...first + 30).first { !years.contains($0) })
        let text = try PeacekeepingCommand.render(
            try await services.peacekeeping(state: "IDN", year: gap), format: .text)
        #expect(text.contains("\(gap): unknown"))
        #expect(text.contains("not carried forward"))
        #expect(text.contains("none recorded"))
    }

    @Test func theProfileHasAPeacekeepingSection() async throws {
        let services = Services(store: try await BundledStore.store())
        let report = try await services.profile(state: "IDN", asOf: Services.defaultDay)
        let text = ProfileText.render(report)
        #expect(text.contains("UN peacekeeping (partial — \(report.peacekeeping.monthsKnown) months known"))
        #expect(!report.peacekeeping.totals.isEmpty)
        for entry in report.peacekeeping.totals {
            let row = entry.contribution
            #expect(text.contains("\(PeacekeepingText.month(row.asOf)): \(row.personnel)"))
            #expect(text.contains(try #require(row.sourceURL)))
        }
        let csv = ProfileText.csv(report.profile, peacekeeping: report.peacekeeping)
        #expect(
            csv.split(separator: "\n").filter { $0.hasPrefix("un_peacekeeping,") }.count
                == report.peacekeeping.totals.count)
    }

    @Test func theCommandParsesAStateAndAYear() throws {
        let command = try EntenteCommand.parseAsRoot(["data", "peacekeeping", "IDN", "--year", "2020"])
        let parsed = try #require(command as? PeacekeepingCommand)
        #expect(parsed.state == "IDN")
        #expect(parsed.year == 2020)
        let bare = try #require(EntenteCommand.parseAsRoot(["data", "peacekeeping"]) as? PeacekeepingCommand)
        #expect(bare.state == nil)
        #expect(bare.year == nil)
    }
}
