// The framework's own ceiling for the HTTP benchmark: one Hummingbird route answering a fixed JSON
// body, no store, no services. `scripts/bench/http-bench.sh` runs it beside `entente serve` under
// the same wrk load, so the API's figures read as a share of what Hummingbird itself can do here.
import Foundation
import Hummingbird

let port = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 8090
let body = ByteBuffer(string: #"{"answer":"fixed","state":"IDN","as_of":"2024-06-30"}"#)
let router = Router()
router.get("/fixed") { _, _ in
    Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: body))
}
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
try await app.runService()
