import Testing

struct StorePlaceholderTests {
    @Test func moduleBuilds() { #expect(1 + 1 == 2) }
}
