public import HTTPTypes
public import NIOCore
import Synchronization

/// Answers already given, kept so that the same question costs a lookup the second time.
///
/// Every API answer is a function of the request (method, path, query, body) and of the store, so an
/// answer is kept under its request and the store's generation (``EntenteServices/Services/storeGeneration``):
/// an import or a rebuild makes every kept answer unreachable. Only successful answers are kept, and
/// the cache is bounded by entries and by bytes, dropping the oldest first.
public final class AnswerCache: Sendable {
    /// What identifies a question.
    public struct Key: Hashable, Sendable {
        public var generation: UInt64
        public var method: HTTPRequest.Method
        public var path: String
        public var query: String
        public var body: ByteBuffer?

        public init(generation: UInt64, method: HTTPRequest.Method, path: String, query: String, body: ByteBuffer?) {
            self.generation = generation
            self.method = method
            self.path = path
            self.query = query
            self.body = body
        }

        var bytes: Int { path.utf8.count + query.utf8.count + (body?.readableBytes ?? 0) }
    }

    /// A kept answer: enough to write the response again. Cookies are never kept: they belong to
    /// the reader who asked, not to the answer.
    public struct Answer: Sendable {
        public var status: HTTPResponse.Status
        public var headers: HTTPFields
        public var body: ByteBuffer

        public var contentType: String? { headers[.contentType] }

        public init(status: HTTPResponse.Status, headers: HTTPFields, body: ByteBuffer) {
            var headers = headers
            headers[.setCookie] = nil
            self.status = status
            self.headers = headers
            self.body = body
        }

        public init(status: HTTPResponse.Status, contentType: String, body: ByteBuffer) {
            self.init(status: status, headers: [.contentType: contentType], body: body)
        }
    }

    public let maxEntries: Int
    public let maxBytes: Int

    private struct State {
        var answers: [Key: Answer] = [:]
        var order: [Key] = []
        var oldest = 0
        var bytes = 0
        var generation: UInt64 = 0
        var hits = 0
        var misses = 0
        var computing: [Key: Task<Answer, any Error>] = [:]
        var computations = 0
    }

    private let state = Mutex(State())

    public init(maxEntries: Int = 4096, maxBytes: Int = 64 << 20) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    public func answer(for key: Key) -> Answer? {
        state.withLock { state in
            let answer = state.answers[key]
            if answer == nil { state.misses += 1 } else { state.hits += 1 }
            return answer
        }
    }

    /// Keeps `answer` unless it alone is larger than a quarter of the byte bound.
    public func keep(_ answer: Answer, for key: Key) {
        let size = key.bytes + answer.body.readableBytes
        guard size <= maxBytes / 4, maxEntries > 0 else { return }
        state.withLock { state in
            if key.generation != state.generation {
                // The store changed: nothing kept can be asked for again.
                state.answers = [:]
                state.order = []
                state.oldest = 0
                state.bytes = 0
                state.generation = key.generation
            }
            guard state.answers.updateValue(answer, forKey: key) == nil else { return }
            state.order.append(key)
            state.bytes += size
            while state.order.count - state.oldest > maxEntries || state.bytes > maxBytes {
                let dropped = state.order[state.oldest]
                state.oldest += 1
                if let old = state.answers.removeValue(forKey: dropped) {
                    state.bytes -= dropped.bytes + old.body.readableBytes
                }
            }
            // Compact the queue now and then rather than shifting it on every eviction.
            if state.oldest > maxEntries {
                state.order.removeFirst(state.oldest)
                state.oldest = 0
            }
        }
    }

    /// The computation under way for `key`, or a new one from `start`; `started` tells the caller
    /// it owns the computation and must call ``finished(_:)``.
    func inFlight(for key: Key, start: () -> Task<Answer, any Error>) -> (Task<Answer, any Error>, started: Bool) {
        state.withLock { state in
            if let running = state.computing[key] { return (running, false) }
            let task = start()
            state.computing[key] = task
            state.computations += 1
            return (task, true)
        }
    }

    func finished(_ key: Key) {
        _ = state.withLock { $0.computing.removeValue(forKey: key) }
    }

    /// How many answers are kept, how often a question was found among them, and how many answers
    /// were computed (misses asked at the same moment share one computation).
    public var statistics: (entries: Int, bytes: Int, hits: Int, misses: Int, computations: Int) {
        state.withLock { ($0.answers.count, $0.bytes, $0.hits, $0.misses, $0.computations) }
    }
}
