import Testing

struct SimPlaceholderTests {
    @Test func moduleBuilds() { #expect(1 + 1 == 2) }
}
