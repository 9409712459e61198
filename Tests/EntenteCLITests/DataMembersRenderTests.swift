import EntenteCore
import EntenteServices
import EntenteTestSupport
import Testing

@testable import EntenteCLI

/// The text of `entente data members`: treaty groups and headline caveats are printed with the count.
struct DataMembersRenderTests {
    @Test func treatyRosterPrintsPartiesSignatoriesAndUndatedApart() async throws {
        let services = Services(store: try await BundledStore.store())
        // OAS B-29 (http://www.oas.org/juridico/english/sigs/b-29.html): deposit dates only partly read.
        let report = try await services.members(organisation: "Rio Treaty", asOf: try #require(Day(iso: "2025-06-30")))
        let text = try MembersCommand.render(report, format: .text)
        let first = try #require(text.split(separator: "\n").first)
        #expect(first.contains("\(report.headline) parties"))
        #expect(first.contains("without a date, listed apart, not counted"))
        #expect(text.contains("date unknown"))
    }

    @Test func carriedForwardCountsSayWhereTheDataEnd() async throws {
        let services = Services(store: try await BundledStore.store())
        let report = try await services.members(organisation: "WTO", asOf: try #require(Day(iso: "2020-06-30")))
        let first = try #require(try MembersCommand.render(report, format: .text).split(separator: "\n").first)
        #expect(first.contains("data end 2014-12-31, carried forward"))
        let curated = try await services.members(organisation: "NATO", asOf: try #require(Day(iso: "2024-06-30")))
        let headline = try #require(try MembersCommand.render(curated, format: .text).split(separator: "\n").first)
        #expect(headline.hasSuffix("32 participants (32 members)"))
    }
}
