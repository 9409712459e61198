import EntenteCore
import EntenteLaw
import Foundation
import Testing

/// Situation text with a byte-order mark, a NUL character or absurd nesting (issue 14,
/// `docs/robustness.md`): the mark is skipped, the rest refused with the file and line.
struct SituationEncodingTests {
    static let situation = "question: self_defence\nas_of: 1990-08-02\nfacts:\n  armed_attack_occurred: true\n"

    @Test func aByteOrderMarkIsSkipped() throws {
        // A misspelt fact, so both readings end in an error that shows the mark changed no line or key.
        let misspelt = Self.situation.replacingOccurrences(of: "armed_attack", with: "armed_atack")
        let plain = try #require(situationError(misspelt))
        let marked = try #require(situationError("\u{FEFF}" + misspelt))
        #expect(marked.message == plain.message)
        #expect(marked.message.hasPrefix("bad.yaml:4: facts.armed_atack_occurred:"))
    }

    @Test func aNULCharacterIsRefusedWithItsLine() throws {
        let error = try #require(situationError(Self.situation.replacingOccurrences(of: "true", with: "tr\u{0}ue")))
        #expect(error.code == .malformedFile)
        #expect(error.message.hasPrefix("bad.yaml: the file is not valid YAML or JSON: 4:"))
    }

    @Test func nestingFiftyThousandDeepIsRefusedNotOverflowed() throws {
        let deep = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        let error = try #require(situationError("question: self_defence\nas_of: 1990-08-02\nfacts: " + deep + "\n"))
        #expect(error.code == .malformedFile)
        #expect(error.message.hasPrefix("bad.yaml: the file is not valid YAML or JSON: 3:"))
    }
}
