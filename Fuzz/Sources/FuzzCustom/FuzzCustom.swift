import EntenteCore
import EntenteLaw
import FuzzSupport

/// libFuzzer's entry point for the customary-rule reader behind `entente law custom` (and law
/// files declaring `rule:`): any text must be read and judged, or refused with an
/// `EntenteError`, never a trap, a hang or unbounded memory.
///
/// The same text is also read as an evidence file added to a minimal rule, the second way the
/// command reads a file. The bytes are decoded with repairs: the command line refuses text that is
/// not UTF-8 before the reader sees it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCustom(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { UnsafeBufferPointer(start: $0, count: size) } ?? UnsafeBufferPointer(start: nil, count: 0)
    let text = String(decoding: bytes, as: UTF8.self)
    if let rule = try? CustomRule.parse(text, file: "fuzz.yaml") {
        _ = CustomaryLaw.assess(rule)
    }
    var rule = baseRule
    if (try? rule.addEvidence(text, file: "evidence.yaml")) != nil {
        _ = CustomaryLaw.assess(rule)
    }
    return 0
}

/// A small valid rule evidence can be added to; the harness stops at once if it no longer reads.
let baseRule: CustomRule = {
    let text = "rule: fuzz\nscope: general\nas_of: 2000\nstates:\n  - {state: USA, region: americas}\n"
    do { return try CustomRule.parse(text, file: "base.yaml") } catch { fatalError("the base rule: \(error)") }
}()

/// Runs libFuzzer on ``fuzzCustom(_:_:)`` with the command line's options (corpus folders, `-max_total_time`, …).
@main
enum FuzzCustomMain {
    static func main() {
        FuzzDriver.run(
            fuzzCustom,
            warmUp: """
                rule: warm
                scope: general
                as_of: 2000
                states: [{state: USA, region: americas}]
                practice: [{state: USA, year: 1990, act: warm, conforming: true}]
                """)
    }
}
