import EntenteCore
import EntenteLaw
import FuzzSupport

/// libFuzzer's entry point for the situation reader behind `entente law assess` and
/// `/api/v1/law/assess`: any text must be read and assessed, or refused with an `EntenteError`,
/// never a trap, a hang or unbounded memory. The assessment runs too, as a request would run it:
/// the values a reader lets through are what the rules then compute with.
///
/// The bytes are decoded with repairs: the command line and the server refuse text that is not
/// UTF-8 before the reader sees it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSituation(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { UnsafeBufferPointer(start: $0, count: size) } ?? UnsafeBufferPointer(start: nil, count: 0)
    let text = String(decoding: bytes, as: UTF8.self)
    let knowledge = FuzzKnowledge()
    guard case .situation(let situation)? = try? LawDocument.parse(text, file: "fuzz.yaml", knowledge: knowledge)
    else { return 0 }
    _ = try? LawEngine.shared.assess(situation, knowledge: knowledge)
    return 0
}

/// A knowledge base that knows every State, so fuzzed names reach the rules instead of stopping
/// at the first unknown name: a number is that Correlates of War code, any other name one code
/// drawn from its length. Memberships are unknown, as for a State the data do not cover.
struct FuzzKnowledge: LawKnowledge {
    func resolveState(_ reference: String) throws(EntenteError) -> CowCode {
        if let code = Int(reference) { return CowCode(code) }
        guard !reference.isEmpty else { throw EntenteError(.unknownState, "An empty State name.") }
        return CowCode(2 + reference.utf8.count % 900)
    }

    func membership(of state: CowCode, in organisation: String, on day: Day) -> Truth { .unknown }
}

/// Runs libFuzzer on ``fuzzSituation(_:_:)`` with the command line's options (corpus folders, `-max_total_time`, …).
@main
enum FuzzSituationMain {
    static func main() {
        FuzzDriver.run(
            fuzzSituation,
            warmUp: """
                question: collective_defence
                as_of: 2010-05-01
                facts:
                  treaty: NATO
                  attacked_party: USA
                  armed_attack_occurred: true
                  attack_date: 2010-05-01
                  location: {lat: 13.4, lon: 144.0}
                """)
    }
}
