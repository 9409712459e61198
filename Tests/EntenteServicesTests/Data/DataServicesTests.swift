import EntenteCore
import EntenteRender
import EntenteServices
import EntenteStore
import EntenteTestSupport
import Foundation
import Testing

/// The data questions through the application layer, on the bundled store.
struct DataServicesTests {
    func services() async throws -> Services {
        Services(store: try await BundledStore.store())
    }

    @Test func statesPastTheStateSystemsLastDayAreCarriedForwardAndFlagged() async throws {
        let services = try await services()
        let observed = services.coverage.states.observedUntil
        let onLastDay = try await services.states(asOf: observed)
        #expect(!onLastDay.carriedForward)
        let later = try await services.states(asOf: Day(year: observed.year + 1, month: 6, day: 30)!)
        #expect(later.carriedForward)
        #expect(later.states.map(\.cow) == onLastDay.states.map(\.cow))
        #expect(onLastDay.states.count > 190)
    }

    @Test func profileCarriesTheCoverageOfEverySectionFromTheCatalogue() async throws {
        let services = try await services()
        let report = try await services.profile(state: "Indonesia", asOf: Day(year: 2012, month: 6, day: 30)!)
        #expect(report.profile.state.iso3 == "IDN")
        #expect(report.coverage.disputes == services.coverage.disputes)
        #expect(report.coverage.exerciseYears == 2008...2012)
        #expect(report.securityOrganisations.contains("ASEAN"))
        #expect(report.securityOrganisations.contains("UN"))
        #expect(!report.securityOrganisations.contains("WTO"))
        let json = try EntenteJSON.string(report)
        #expect(json.contains("\"security_organisations\""))
        // The JSON carries each section's coverage, so a script can tell "none" from "unknown".
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let sections = try #require(object["coverage"] as? [String: Any])
        let disputes = try #require(sections["disputes"] as? [String: Any])
        #expect(disputes["last_year"] as? Int == services.coverage.disputes.lastYear)
        #expect(sections["dispute_years"] as? [Int] == [2003, 2012])
        #expect(json.contains("\"as_of\" : \"2012-06-30\""))
    }

    @Test func membersCountsByStatusInTheVocabularysOrder() async throws {
        let services = try await services()
        let report = try await services.members(organisation: "ADMM-Plus", asOf: Day(year: 2015, month: 1, day: 1)!)
        let byStatus = Dictionary(uniqueKeysWithValues: report.counts.map { ($0.status, $0.count) })
        #expect(byStatus[.member] == 10)
        #expect(byStatus[.partner] == 8)
        #expect(report.counts.map(\.count).reduce(0, +) == report.roster.entries.count)
    }

    @Test func activitiesResolveTheStateAndRefuseAReversedRange() async throws {
        let services = try await services()
        let report = try await services.activities(
            involving: "AUS",
            ActivityFilter(
                kind: .exercise, from: Day(year: 2005, month: 1, day: 1)!, to: Day(year: 2005, month: 12, day: 31)!))
        #expect(!report.activities.isEmpty)
        #expect(report.activities.allSatisfy { $0.participantCodes.contains("AUS") })
        #expect(report.coverage == [services.coverage.exercises, services.coverage.curatedActivities])
        let error = await #expect(throws: EntenteError.self) {
            try await services.activities(
                involving: nil,
                ActivityFilter(from: Day(year: 2020, month: 1, day: 1)!, to: Day(year: 2019, month: 1, day: 1)!))
        }
        #expect(error?.code == .invalidInput)
    }

    @Test func unknownStateNamesASuggestion() async throws {
        let services = try await services()
        let error = await #expect(throws: EntenteError.self) {
            try await services.profile(state: "Indonesa", asOf: Day(year: 2010, month: 1, day: 1)!)
        }
        #expect(error?.message.contains("Did you mean 'Indonesia'?") == true)
    }
}
