import EntenteCore
import EntenteLaw
import Testing

/// A few hundred bytes of nested YAML aliases stand for billions of values (a "billion laughs"
/// document). Situation, rule and evidence files are read through one reader, which must refuse
/// such a document quickly instead of expanding it until memory runs out (issue 14: hostile input;
/// before the limit, `entente law assess` on this document grew past 3.8 GB and was killed).
struct AliasExpansionTests {
    /// `levels` anchors, each a list of ten aliases of the one before: 10^(levels + 1) values.
    static func laughs(levels: Int, under key: String, prefix: String) -> String {
        var lines = [prefix, "\(key):", "  - &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...levels {
            lines.append(
                "  - &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aBillionLaughsSituationIsRefusedNamingTheFile() {
        let text = Self.laughs(levels: 8, under: "notes", prefix: "question: self_defence\nas_of: 1990-08-02")
        let error = situationError(text)
        #expect(error?.code == .malformedFile)
        #expect(error?.message.hasPrefix("bad.yaml: the document holds more than") == true)
    }

    @Test func aBillionLaughsRuleIsRefused() {
        let text = Self.laughs(levels: 8, under: "practice", prefix: "rule: laughs\nas_of: 2000")
        #expect(throws: EntenteError.self) { try CustomRule.parse(text, file: "rule.yaml") }
        #expect(throws: EntenteError.self) { try LawDocument.declaredKind(text, file: "rule.yaml") }
    }

    @Test func aFewAliasesWithinTheLimitAreStillRead() throws {
        // 10^4 values in all: far below the limit, so the document reaches the situation checks,
        // which refuse the unknown key by name.
        let text = Self.laughs(levels: 3, under: "extra", prefix: "question: self_defence\nas_of: 1990-08-02")
        let error = try #require(situationError(text))
        #expect(!error.message.contains("values once its aliases are expanded"))
        #expect(error.message.contains("extra"))
    }
}
