import Dispatch
import EntenteCore
import EntenteData
import Synchronization

/// Parses the bundled files on a background thread, in the order the build will ask for them,
/// while the build inserts the previous file: parsing and SQLite's inserts then use both cores.
///
/// Results are handed over through a `Mutex`-guarded table and one semaphore per file, so the build
/// blocks only when it overtakes the parser.
final class ParsePipeline: Sendable {
    private let paths: [String]
    private let ready: [DispatchSemaphore]
    private let results = Mutex<[String: Result<CSVTable, EntenteError>]>([:])

    init(paths: [String]) {
        self.paths = paths
        self.ready = paths.map { _ in DispatchSemaphore(value: 0) }
    }

    /// Starts parsing every file in order on a background queue.
    func start() {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            for (index, path) in paths.enumerated() {
                let result: Result<CSVTable, EntenteError>
                do throws(EntenteError) {
                    result = .success(try BundledData.table(path))
                } catch {
                    result = .failure(error)
                }
                results.withLock { $0[path] = result }
                ready[index].signal()
            }
        }
    }

    /// The parsed table, waiting for the parser if needed; `nil` when the file is not in the pipeline.
    func table(_ path: String) throws(EntenteError) -> CSVTable? {
        guard let index = paths.firstIndex(of: path) else { return nil }
        ready[index].wait()
        ready[index].signal()  // later callers for the same file must not block
        let result = results.withLock { $0[path] }
        return try result?.get()
    }
}
