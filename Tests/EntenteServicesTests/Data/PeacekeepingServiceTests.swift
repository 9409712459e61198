import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// UN peacekeeping through the application layer: the stated month-end totals with their sources,
/// a partial-record flag with the number of months, and a year without a row answered as unknown.
struct PeacekeepingServiceTests {
    func services() async throws -> (Services, SQLiteStore) {
        let store = try await BundledStore.store()
        return (Services(store: store), store)
    }

    @Test func aStatesListingHoldsItsTotalsAndSaysHowManyMonthsAreKnown() async throws {
        let (services, store) = try await services()
        let indonesia = try await services.state("Indonesia").cow
        let stored = try await store.peacekeepingContributions(of: indonesia).filter { $0.mission == nil }
        #expect(!stored.isEmpty)
        let report = try await services.peacekeeping(state: "IDN")
        #expect(report.state?.cow == indonesia)
        #expect(report.totals.map(\.contribution) == stored)
        let months = Set(stored.map(\.asOf)).count
        #expect(report.monthsKnown == months)
        #expect(report.partial)
        #expect(report.caveat.hasPrefix("partial — \(months) month\(months == 1 ? "" : "s") known"))
        #expect(report.caveat.contains("no UN series"))
        #expect(report.figure == nil)
    }

    @Test func everyStatesListingCountsTheStatesToo() async throws {
        let (services, store) = try await services()
        let totals = try await store.peacekeepingContributions(of: nil).filter { $0.mission == nil }
        let report = try await services.peacekeeping(state: nil)
        #expect(report.totals.count == totals.count)
        #expect(report.caveat.contains("across \(Set(totals.map(\.state)).count) states"))
        #expect(report.coverage.months.map(\.states).reduce(0, +) == totals.count)
    }

    @Test func aYearWithoutARowIsUnknownNeverCarriedForward() async throws {
        let (services, store) = try await services()
        let rows = try await store.peacekeepingContributions(of: nil).filter { $0.mission == nil }
        let first = try #require(rows.first)
        let code = String(first.state.rawValue)
        let years = Set(rows.filter { $0.state == first.state }.map(\.year))
        let known = try await services.peacekeeping(state: code, year: first.year)
        let latest = rows.filter { $0.state == first.state && $0.year == first.year }.max { $0.asOf < $1.asOf }
        #expect(known.figure?.contribution == latest)
        #expect(known.totals.allSatisfy { $0.contribution.year == first.year })
        let gap = try #require((first.year + 1...first.year + 30).first { !years.contains($0) })
        let unknown = try await services.peacekeeping(state: code, year: gap)
        let figure = try #require(unknown.figure)
        #expect(!figure.isKnown)
        #expect(try #require(figure.dataEnd).year < gap)
        #expect(unknown.totals.isEmpty)
        #expect(unknown.caveat.hasPrefix("partial — 0 months known"))
    }

    @Test func impossibleYearsAreRefused() async throws {
        let (services, _) = try await services()
        let error = await #expect(throws: EntenteError.self) {
            try await services.peacekeeping(state: "IDN", year: 1900)
        }
        #expect(error?.code == .invalidInput)
    }

    @Test func theProfileShowsOnlyMonthsUpToItsDayAndCarriesTheFlagInJSON() async throws {
        let (services, store) = try await services()
        let rows = try await store.peacekeepingContributions(of: nil).filter { $0.mission == nil }
        // A row after January: the profile on the last day of the month before must not show it.
        let later = try #require(rows.first { $0.month > 1 })
        let day = try #require(PeacekeepingContribution.monthEnd(year: later.year, month: later.month - 1))
        let report = try await services.profile(state: String(later.state.rawValue), asOf: day)
        let section = report.peacekeeping
        #expect(section.totals.allSatisfy { $0.contribution.asOf <= day && $0.state.cow == later.state })
        #expect(!section.totals.contains { $0.contribution == later })
        #expect(section.totals.count == rows.filter { $0.state == later.state && $0.asOf <= day }.count)
        #expect(section.figure?.year == day.year)
        #expect(section.figure?.contribution.map { $0.asOf <= day } ?? true)
        let json = try EntenteJSON.string(report)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let peacekeeping = try #require(object["peacekeeping"] as? [String: Any])
        #expect(peacekeeping["months_known"] as? Int == section.monthsKnown)
        #expect((peacekeeping["caveat"] as? String)?.contains("no UN series") == true)
        #expect((peacekeeping["totals"] as? [Any])?.count == section.totals.count)
    }
}
