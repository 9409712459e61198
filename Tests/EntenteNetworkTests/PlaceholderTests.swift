import Testing

struct NetworkPlaceholderTests {
    @Test func moduleBuilds() { #expect(1 + 1 == 2) }
}
