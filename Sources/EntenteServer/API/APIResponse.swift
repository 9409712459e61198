public import EntenteCore
import EntenteRender
public import Hummingbird
import NIOCore

/// Responses in the API's conventions: JSON by the one encoder, text with its media type.
public enum APIResponse {
    public static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws(EntenteError) -> Response
    {
        let data = try EntenteJSON.data(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    public static func text(_ text: String, mediaType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: mediaType],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
