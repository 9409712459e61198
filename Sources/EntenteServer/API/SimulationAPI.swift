import EntenteCore
import EntenteRender
import EntenteServices
import EntenteSim
import HTTPTypes
import Hummingbird
import NIOCore

/// What if: the models, and simulation jobs — submit a scenario, follow its progress (polling or
/// server-sent events), read the result, cancel.
enum SimulationAPI {
    static func routes(_ services: Services, _ jobs: SimulationJobs, _ configuration: ServerConfiguration) -> [APIRoute]
    {
        let id = APIRoute.Parameter.path("id", "The job id returned at submission.")
        return [
            APIRoute(
                .get, "/api/v1/simulation/models", id: "listSimulationModels", tag: "simulation",
                summary: "The models a scenario may name, with their parameters and defaults.",
                answer: .json(.reference("SimulationModelsReport"))
            ) { _, _ in try APIResponse.json(Services.simulationModels()) },
            APIRoute(
                .get, "/api/v1/simulation/jobs", id: "listSimulationJobs", tag: "simulation",
                summary: "The jobs kept, newest first, without their results.",
                answer: .json(.array(.reference("SimulationJob"))), cached: false
            ) { _, _ in try APIResponse.json(await jobs.list()) },
            APIRoute(
                .post, "/api/v1/simulation/jobs", id: "submitSimulationJob", tag: "simulation",
                summary: "Submits a scenario (YAML); it runs when a slot is free. Answers the job's status.",
                parameters: [
                    .query("seed", .integer, "Override the scenario's seed.", range: 0...Int.max),
                    .query("replicates", .integer, "Override the number of replicates (1–10000).", range: 1...10_000),
                    .query("horizon", .integer, "Override the number of steps (1–1000000).", range: 1...1_000_000),
                    .query(
                        "world_as_of", .string(format: "date"),
                        "For a model initialised from the knowledge base: the day of its world (default: the data's last observed day)."
                    ),
                ],
                body: .text("A scenario, as in examples/scenarios/.", mediaTypes: ["application/yaml", "text/plain"]),
                answer: .json(.reference("SimulationJob"), status: .accepted), needsToken: true
            ) { request, context in
                let q = APIRequest(request, context)
                let text = try await q.bodyText(limit: configuration.maxBodyBytes)
                let overrides = ScenarioOverrides(
                    seed: try q.int("seed", in: 0...Int.max).map(UInt64.init),
                    replicates: try q.int("replicates", in: 1...10_000),
                    horizon: try q.int("horizon", in: 1...1_000_000))
                let scenario = try await services.runnableScenario(
                    try Services.scenario(text: text, file: "request", overrides: overrides),
                    worldAsOf: try q.day("world_as_of"))
                return try APIResponse.json(await jobs.submit(scenario), status: .accepted)
            },
            APIRoute(
                .get, "/api/v1/simulation/jobs/{id}", id: "getSimulationJob", tag: "simulation",
                summary: "A job's status and progress; once finished, its result.", parameters: [id],
                answer: .json(.reference("SimulationJob")), cached: false
            ) { request, context in
                try APIResponse.json(try await jobs.status(try APIRequest(request, context).path("id")))
            },
            APIRoute(
                .get, "/api/v1/simulation/jobs/{id}/events", id: "watchSimulationJob", tag: "simulation",
                summary: "A job's progress as server-sent events (`status`), ending when the job is over.",
                parameters: [id], answer: .text("text/event-stream"), cached: false
            ) { request, context in
                let stream = try await jobs.watch(try APIRequest(request, context).path("id"))
                let body = ResponseBody { writer in
                    for await status in stream {
                        let json = String(decoding: try EntenteJSON.data(status), as: UTF8.self)
                        try await writer.write(ByteBuffer(string: "event: status\ndata: \(json)\n\n"))
                    }
                    try await writer.finish(nil)
                }
                return Response(
                    status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: body)
            },
            APIRoute(
                .delete, "/api/v1/simulation/jobs/{id}", id: "cancelSimulationJob", tag: "simulation",
                summary: "Cancels a job: a queued job never starts, a running one starts no further replicate.",
                parameters: [id], answer: .json(.reference("SimulationJob")), needsToken: true
            ) { request, context in
                try APIResponse.json(try await jobs.cancel(try APIRequest(request, context).path("id")))
            },
        ]
    }
}
