import EntenteCore
import EntenteNetwork
import FuzzSupport

/// libFuzzer's entry point for the edge-list reader behind `entente network … --edges`: any text
/// must give a graph or an `EntenteError`, never a trap, a hang or unbounded memory.
///
/// The bytes are decoded with repairs: the command line refuses text that is not UTF-8 before the
/// reader sees it, so only valid text reaches the reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdgeList(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { UnsafeBufferPointer(start: $0, count: size) } ?? UnsafeBufferPointer(start: nil, count: 0)
    let text = String(decoding: bytes, as: UTF8.self)
    for directed in [false, true] {
        _ = try? EdgeListReader.parse(text, fileName: "fuzz.csv", directed: directed)
    }
    return 0
}

/// Runs libFuzzer on ``fuzzEdgeList(_:_:)`` with the command line's options (corpus folders, `-max_total_time`, …).
@main
enum FuzzEdgeListMain {
    static func main() {
        FuzzDriver.run(fuzzEdgeList, warmUp: "source,target,weight\nA,B,1\n")
    }
}
