import HTTPTypes
public import Hummingbird
import NIOCore

extension AnswerCache {
    /// The answer to the question `key`: the kept one, or the one being computed for another request
    /// asking the same thing at the same moment, or a new one from `compute`, kept if successful.
    ///
    /// Sharing the computation matters on a server's first burst: sixty-four connections asking the
    /// same question wait for one computation instead of running sixty-four.
    public func response(
        for key: Key, compute: @escaping @Sendable () async throws -> Response
    ) async throws -> Response {
        if let kept = answer(for: key) { return response(kept) }
        let (computation, started) = inFlight(for: key) {
            Task {
                let answer = try await Self.collect(try await compute())
                if answer.status == .ok { self.keep(answer, for: key) }
                return answer
            }
        }
        defer { if started { finished(key) } }
        return response(try await computation.value)
    }

    /// The kept answer as a response.
    func response(_ answer: Answer) -> Response {
        Response(status: answer.status, headers: answer.headers, body: ResponseBody(byteBuffer: answer.body))
    }

    /// The response's status, media type and body bytes. API responses are written in one piece by
    /// ``APIResponse``, so this costs a copy of bytes already in memory.
    static func collect(_ response: Response) async throws -> Answer {
        let collector = BodyCollector()
        try await response.body.write(collector)
        return Answer(status: response.status, headers: response.headers, body: collector.buffer.buffer)
    }
}

/// A response-body writer that keeps what is written.
private struct BodyCollector: ResponseBodyWriter {
    final class Buffer {
        var buffer = ByteBuffer()
    }
    // A reference, because the writer is consumed by `ResponseBody.write`.
    let buffer = Buffer()

    mutating func write(_ part: ByteBuffer) async throws {
        var part = part
        buffer.buffer.writeBuffer(&part)
    }

    mutating func write(contentsOf parts: some Sequence<ByteBuffer>) async throws {
        for part in parts { try await write(part) }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
