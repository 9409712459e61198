import HTTPTypes
public import Hummingbird
import NIOCore

extension AnswerCache {
    /// The kept answer as a response.
    func response(_ answer: Answer) -> Response {
        Response(
            status: answer.status, headers: [.contentType: answer.contentType],
            body: ResponseBody(byteBuffer: answer.body))
    }

    /// Keeps a successful response under `key` and returns it to be sent; other responses pass
    /// through untouched. Responses are written in one piece by ``APIResponse``, so reading the body
    /// here costs a copy of bytes already in memory.
    public func keeping(_ response: Response, for key: Key) async throws -> Response {
        guard response.status == .ok, let contentType = response.headers[.contentType] else { return response }
        let collector = BodyCollector()
        try await response.body.write(collector)
        let answer = Answer(status: response.status, contentType: contentType, body: collector.buffer.buffer)
        keep(answer, for: key)
        return self.response(answer)
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
