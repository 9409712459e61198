import Testing

struct LawPlaceholderTests {
    @Test func moduleBuilds() { #expect(1 + 1 == 2) }
}
