import Testing

struct CLIPlaceholderTests {
    @Test func moduleBuilds() { #expect(1 + 1 == 2) }
}
