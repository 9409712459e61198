import Testing

struct DataPlaceholderTests {
    @Test func moduleBuilds() { #expect(1 + 1 == 2) }
}
