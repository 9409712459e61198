import EntenteCore
import Testing

struct TruthTests {
    static let all: [Truth] = [.yes, .no, .unknown]

    @Test func falseDominatesConjunctionAndTrueDominatesDisjunction() {
        for value in Self.all {
            #expect((Truth.no && value) == .no)
            #expect((value && Truth.no) == .no)
            #expect((Truth.yes || value) == .yes)
            #expect((value || Truth.yes) == .yes)
        }
        #expect((Truth.yes && .unknown) == .unknown)
        #expect((Truth.no || .unknown) == .unknown)
    }

    @Test func negationSwapsKnownValuesAndKeepsUnknown() {
        #expect(!Truth.yes == .no)
        #expect(!Truth.no == .yes)
        #expect(!Truth.unknown == .unknown)
        #expect(Truth(nil) == .unknown && Truth(true) == .yes && Truth(false) == .no)
    }
}
