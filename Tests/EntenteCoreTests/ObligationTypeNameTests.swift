import EntenteCore
import Testing

/// One reading of obligation type names for the command line and the API.
struct ObligationTypeNameTests {
    @Test func namesAreReadInAnyCase() throws {
        #expect(try ObligationType.named("Defense", in: "--alliance-types") == .defense)
        #expect(try ObligationType.named("nonaggression", in: "--alliance-types") == .nonaggression)
    }

    @Test func anUnknownNameIsRefusedWithThePlaceAndTheChoices() {
        let error = #expect(throws: EntenteError.self) { try ObligationType.named("pact", in: "'alliance_types'") }
        #expect(error?.code == .invalidInput)
        #expect(
            error?.message
                == "Unknown obligation type 'pact' in 'alliance_types'; use defense, offense, neutrality, nonaggression, consultation."
        )
    }
}
