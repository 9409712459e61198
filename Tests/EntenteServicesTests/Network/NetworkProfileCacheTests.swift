import EntenteRender
import EntenteServices
import EntenteTestSupport
import Foundation
import Testing

@Suite("Network profiles with a year's measures kept between states")
struct NetworkProfileCacheTests {
    @Test("Profiles asked one state after another equal profiles computed on fresh services")
    func keptMeasuresGiveTheSameProfiles() async throws {
        let store = try await BundledStore.store()
        let shared = Services(store: store)
        for state in ["IDN", "MYS", "USA", "IDN"] {
            let kept = try await shared.networkProfile(state: state, from: 2004, to: 2006)
            let fresh = try await Services(store: store).networkProfile(state: state, from: 2004, to: 2006)
            #expect(try EntenteJSON.string(kept) == EntenteJSON.string(fresh), "\(state)")
            #expect(kept.years.count == 3)
        }
    }
}
