import EntenteCore
import EntenteSim
import FuzzSupport

/// libFuzzer's entry point for the scenario reader behind `entente sim …` and
/// `/api/v1/simulation/jobs`: any text must give a validated scenario or an `EntenteError`, never
/// a trap, a hang or unbounded memory. Only the reading is fuzzed, not the run: a valid scenario
/// may ask for a long run on purpose.
///
/// The bytes are decoded with repairs: the command line and the server refuse text that is not
/// UTF-8 before the reader sees it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { UnsafeBufferPointer(start: $0, count: size) } ?? UnsafeBufferPointer(start: nil, count: 0)
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? ScenarioParser.parse(text, file: "fuzz.yaml")
    return 0
}

/// Runs libFuzzer on ``fuzzScenario(_:_:)`` with the command line's options (corpus folders, `-max_total_time`, …).
@main
enum FuzzScenarioMain {
    static func main() {
        FuzzDriver.run(fuzzScenario, warmUp: "model: norms\nseed: 1\nhorizon: 10\n")
    }
}
