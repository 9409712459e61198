import CFuzzerDriver

#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// Starts libFuzzer on a harness's one-input function (`LLVMFuzzerTestOneInput`).
public enum FuzzDriver {
    /// A harness's one-input function, as libFuzzer calls it.
    public typealias OneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs `oneInput` once on `warmUp`, then hands the command line (corpus folders,
    /// `-max_total_time`, …) to libFuzzer, which exits when it stops.
    ///
    /// The warm-up pays the one-time costs before libFuzzer's clock and leak checks start: rule
    /// sets and map data are built on first use, which under AddressSanitizer on a loaded machine
    /// took longer than the 5 s per-input timeout, and their globals hold enum payloads
    /// LeakSanitizer cannot follow, so it reported them as leaks of whichever input came first.
    public static func run(_ oneInput: OneInput, warmUp: String) -> Never {
        var bytes = Array(warmUp.utf8)
        _ = bytes.withUnsafeMutableBufferPointer { oneInput($0.baseAddress, $0.count) }
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, oneInput))
    }
}
