import Dispatch
import EntenteCore
import EntenteData
import Foundation
import Synchronization

/// Parses the bundled files on a background thread while the build inserts, so parsing and SQLite's
/// inserts use both cores, holding only a few thousand rows at a time.
///
/// The mirrored files are streamed: their rows are handed over in chunks through a queue of at most
/// ``capacity`` chunks, and the parser waits when the build falls behind. Memory then holds one
/// file's bytes and a few chunks rather than every file's rows (the build peaked at about 465 MiB
/// when it kept them all). The files the derivations read whole — the curated files, MME and a few
/// small mirrored files read again — are parsed after the streams, into tables the build waits for.
final class ParsePipeline: Sendable {
    /// Rows per chunk: enough that the hand-over costs nothing per row, few enough to hold several.
    static let chunkRows = 2048
    /// Chunks the parser may run ahead of the build.
    static let capacity = 8

    private enum Item: Sendable {
        case header(path: String, [String])
        case rows([CSVRowReader.Row])
        case end
        case failure(EntenteError)
    }

    private let streamed: [String]
    private let whole: [String]
    private let ready: [DispatchSemaphore]
    // `NSLock` (a pthread mutex) rather than `Mutex`, whose futex calls on Linux ThreadSanitizer
    // cannot see: under `--sanitize=thread` it reported the hand-over below as a race.
    private let results = NSLockedValue<[String: Result<CSVTable, EntenteError>]>([:])
    private let queue = NSLockedValue<[Item]>([])
    private let filled = DispatchSemaphore(value: 0)
    /// Room in the queue. Created at 0 and raised to ``capacity`` in `init`: libdispatch refuses to
    /// free a semaphore whose count is below its starting value, which a failed build leaves.
    private let free = DispatchSemaphore(value: 0)
    private let cancelled = Atomic<Bool>(false)

    /// - Parameters:
    ///   - streamed: files whose rows the build reads once, in this order, through ``openStream(_:)``.
    ///   - whole: files the build reads as tables through ``table(_:)``, parsed after the streams.
    init(streamed: [String], whole: [String]) {
        self.streamed = streamed
        self.whole = whole
        self.ready = whole.map { _ in DispatchSemaphore(value: 0) }
        for _ in 0..<Self.capacity { free.signal() }
    }

    /// Starts parsing on a background queue.
    func start() {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            for path in streamed {
                guard stream(path) else { return }
            }
            for (index, path) in whole.enumerated() {
                if cancelled.load(ordering: .acquiring) { return }
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

    /// Stops the parser after a failed build, so it does not wait forever for room in the queue.
    func cancel() {
        cancelled.store(true, ordering: .releasing)
        free.signal()
    }

    /// Starts reading the next streamed file, which must be `path`, and returns its header.
    func openStream(_ path: String) throws(EntenteError) -> [String] {
        switch receive() {
        case .header(let streamedPath, let header) where streamedPath == path: return header
        case .failure(let error): throw error
        default: throw EntenteError(.internalFailure, "The store build read '\(path)' out of the parser's order.")
        }
    }

    /// The next rows of the file being streamed, or `nil` at its end.
    func nextRows() throws(EntenteError) -> [CSVRowReader.Row]? {
        switch receive() {
        case .rows(let rows): return rows
        case .end: return nil
        case .failure(let error): throw error
        case .header(let path, _):
            throw EntenteError(.internalFailure, "The store build reached '\(path)' before the previous file ended.")
        }
    }

    /// A file parsed whole, waiting for the parser if needed; `nil` when the file is not in the pipeline.
    func table(_ path: String) throws(EntenteError) -> CSVTable? {
        guard let index = whole.firstIndex(of: path) else { return nil }
        ready[index].wait()
        ready[index].signal()  // later callers for the same file must not block
        let result = results.withLock { $0[path] }
        return try result?.get()
    }

    // MARK: - Parser side

    /// Streams one file's rows into the queue; `false` when the build is over (failed or cancelled).
    private func stream(_ path: String) -> Bool {
        do throws(EntenteError) {
            let bytes = try BundledData.readBytes(try BundledData.url(path), displayName: path)
            var reader = try CSVRowReader(bytes: bytes, fileName: path)
            guard send(.header(path: path, reader.header)) else { return false }
            var chunk: [CSVRowReader.Row] = []
            chunk.reserveCapacity(Self.chunkRows)
            while let row = try reader.next() {
                chunk.append(row)
                if chunk.count == Self.chunkRows {
                    guard send(.rows(chunk)) else { return false }
                    chunk = []  // the sent chunk keeps its storage; start a new one
                    chunk.reserveCapacity(Self.chunkRows)
                }
            }
            if !chunk.isEmpty {
                guard send(.rows(chunk)) else { return false }
            }
            return send(.end)
        } catch {
            _ = send(.failure(error))
            return false
        }
    }

    private func send(_ item: Item) -> Bool {
        free.wait()
        if cancelled.load(ordering: .acquiring) {
            free.signal()  // wake any other waiter too
            return false
        }
        queue.withLock { $0.append(item) }
        filled.signal()
        return true
    }

    private func receive() -> Item {
        filled.wait()
        let item = queue.withLock { $0.removeFirst() }
        free.signal()
        return item
    }
}

/// A value read and changed only under an `NSLock`.
private final class NSLockedValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
