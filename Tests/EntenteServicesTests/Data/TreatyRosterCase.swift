import EntenteCore
import EntenteServices
import EntenteTestSupport
import Testing

/// A treaty's parties on one day, as a test pins them: the count, the undated parties, the partial
/// flag, and the source the curated rows cite.
struct TreatyRosterCase: Sendable, CustomTestStringConvertible {
    var treaty: String
    var day: String
    var parties: Int
    var dateUnknown: Int
    var partial: Bool
    var source: String
    var testDescription: String { "\(treaty) on \(day)" }

    /// Asks `members TREATY --as-of DAY` of the bundled data and checks the answer against the case:
    /// every counted party deposited on or before the day and had not left by then.
    func check() async throws {
        let day = try #require(Day(iso: self.day))
        let report = try await Services(store: try await BundledStore.store()).members(
            organisation: treaty, asOf: day)
        let roster = try #require(report.treaty, "\(source)")
        #expect(roster.parties.count == parties, "\(source)")
        #expect(roster.dateUnknown.count == dateUnknown, "\(source)")
        #expect(report.headline == parties)
        #expect(report.partial == partial)
        #expect(!report.carriedForward)
        #expect(roster.parties.allSatisfy { ($0.joined ?? day) <= day && ($0.withdrawn.map { $0 > day } ?? true) })
    }
}
