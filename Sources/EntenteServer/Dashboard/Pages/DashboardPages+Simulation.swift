import EntenteCore
import EntenteRender
import EntenteServices
import EntenteSim
import Foundation
import Hummingbird

extension DashboardPages {
    /// The simulation runner: pick or edit a scenario, submit it with the server token, see the jobs,
    /// and choose two finished runs to compare.
    func simulationIndex(_ request: Request, _ context: BasicRequestContext, _ c: PageContext) async throws -> Response
    {
        let chosen = APIRequest(request, context).text("example")
        let example = assets.scenarios.first { $0.name == chosen } ?? assets.scenarios.first
        if let chosen, example?.name != chosen {
            throw EntenteError(.notFound, "There is no example scenario '\(chosen)'.")
        }
        let list = await jobs.list()
        var body = simulationForm(
            c, text: example?.text ?? "", selected: example?.name,
            tokenRemembered: request.cookies[Self.tokenCookie] != nil)
        body.append(HTML.text("h2", c.t(.jobsHeading)))
        if list.isEmpty {
            body.append(HTML.p(c.t(.jobsNone)))
        } else {
            body.append(
                HTML.table(
                    [c.t(.colJob), c.t(.colScenario), c.t(.colModel), c.t(.colStatus), c.t(.colProgress)],
                    list.map { job in
                        [
                            HTML.link("/simulation/jobs/" + PageContext.encode(job.id), job.id), .text(job.scenario),
                            .text(job.model),
                            .text(stateName(c, job.state)), .text("\(job.done)/\(job.total)"),
                        ]
                    }))
            let finished = list.filter { $0.state == .finished }.map { ($0.id, "\($0.id) — \($0.scenario)") }
            if finished.count >= 2 {
                body.append(HTML.text("h2", c.t(.compareHeading)))
                body.append(
                    HTML.el(
                        "form", [("method", "get"), ("action", "/simulation/compare"), ("class", "inline")],
                        [
                            HTML.field(c.t(.runA), for: "a", HTML.select("a", finished, selected: finished[1].0)),
                            HTML.field(c.t(.runB), for: "b", HTML.select("b", finished, selected: finished[0].0)),
                            HTML.text("button", [("type", "submit")], c.t(.compare)),
                        ]))
            }
        }
        return Layout.page(
            c, title: c.t(.simulationTitle), section: .simulation, body: body, sources: simulationSources(c))
    }

    func simulationSources(_ c: PageContext) -> [DataNote] {
        [DataNote(source: c.t(.sourceSimulation), coverage: c.t(.simulationCoverage))]
    }

    func stateName(_ c: PageContext, _ state: SimulationJobStatus.State) -> String {
        switch state {
        case .queued: c.t(.jobQueued)
        case .running: c.t(.jobRunning)
        case .finished: c.t(.jobFinished)
        case .failed: c.t(.jobFailed)
        case .cancelled: c.t(.jobCancelled)
        }
    }

    func simulationForm(_ c: PageContext, text: String, selected: String?, tokenRemembered: Bool) -> [HTML.Node] {
        [
            HTML.p(c.t(.simulationIntro)),
            HTML.el(
                "form", [("method", "get"), ("action", "/simulation"), ("class", "inline")],
                [
                    HTML.field(
                        c.t(.fieldExample), for: "example",
                        HTML.select("example", assets.scenarios.map { ($0.name, $0.name) }, selected: selected)),
                    HTML.text("button", [("type", "submit")], c.t(.load)),
                ]),
            HTML.el(
                "form", [("method", "post"), ("action", "/simulation"), ("data-e2e", "sim-form")],
                [
                    HTML.text(
                        "textarea", [("name", "scenario"), ("rows", "20"), ("aria-label", c.t(.scenarioLabel))], text),
                    HTML.field(
                        c.t(.fieldToken), for: "token",
                        HTML.input("token", type: "password", value: nil, extra: [("autocomplete", "off")]),
                        hint: tokenRemembered ? c.t(.tokenRemembered) : c.t(.tokenHint)),
                    HTML.text("button", [("type", "submit")], c.t(.submitJob)),
                ]),
        ]
    }

    /// Checks the token, submits the scenario as a job, remembers the token, and goes to the job.
    func simulationSubmit(_ request: Request, _ c: PageContext) async throws -> Response {
        let form = FormBody(String(buffer: try await request.body.collect(upTo: configuration.maxBodyBytes)))
        let token = form["token"]
        try authorise(request, token: token)
        guard let text = form.raw("scenario"), !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw EntenteError(.invalidInput, "The scenario is empty; paste a scenario or load an example.")
        }
        // A `world:` section or a data-initialised model gets its World from the knowledge base.
        let scenario = try await services.runnableScenario(try Services.scenario(text: text, file: "form"))
        let job = await jobs.submit(scenario)
        var response = Self.redirect("/simulation/jobs/" + PageContext.encode(job.id))
        if let token {
            response.setCookie(try Self.rememberedToken(token))
        }
        return response
    }

    /// A job: its progress while it runs (events, or a refresh without script), its result when done.
    func simulationJob(_ request: Request, _ context: BasicRequestContext, _ c: PageContext) async throws -> Response {
        let id = try APIRequest(request, context).path("id")
        let job = try await jobs.status(id)
        var body: [HTML.Node] = [
            HTML.el(
                "dl", [("class", "facts")],
                [
                    HTML.text("dt", c.t(.colScenario)), HTML.text("dd", job.scenario),
                    HTML.text("dt", c.t(.colModel)), HTML.text("dd", job.model),
                    HTML.text("dt", c.t(.colStatus)), HTML.text("dd", [("id", "job-state")], stateName(c, job.state)),
                ]),
            HTML.el(
                "p", [],
                [
                    Markup.element(
                        "progress",
                        [("id", "job-progress"), ("max", String(max(1, job.total))), ("value", String(job.done))]
                            + (job.isOver || configuration.readsNeedToken
                                ? []
                                : [("data-events", "/api/v1/simulation/jobs/\(PageContext.encode(job.id))/events")]),
                        text: "\(job.done)/\(job.total)"),
                    HTML.text("span", [("id", "job-count")], " \(job.done)/\(job.total) " + c.t(.replicates)),
                ]),
        ]
        if let error = job.error { body.append(HTML.p(error, [("class", "error")])) }
        if let result = job.result { body += runBody(c, result) }
        body.append(
            HTML.el(
                "p", [],
                [
                    HTML.link("/api/v1/simulation/jobs/" + PageContext.encode(job.id), c.t(.jobJson)), .text(" · "),
                    HTML.link("/simulation", c.t(.backToRunner)),
                ]))
        return Layout.page(
            c, title: c.t(.jobTitle, ["id": job.id]), section: .simulation, body: body, sources: simulationSources(c),
            refreshSeconds: job.isOver ? nil : 2, script: job.isOver ? nil : "job.js")
    }

    /// A finished run: the ensemble statistics of every summary metric, and the series means.
    func runBody(_ c: PageContext, _ r: SimulationRunReport) -> [HTML.Node] {
        var body: [HTML.Node] = [
            HTML.p(
                c.t(
                    .runSummary,
                    [
                        "replicates": String(r.replicates), "horizon": String(r.horizon), "meaning": r.horizonMeaning,
                        "seed": r.seed,
                    ])),
            HTML.text("h2", [("data-e2e", "job-finished")], c.t(.ensembleHeading)),
            HTML.textTable(
                [c.t(.colMetric), c.t(.colMean), c.t(.colSd), c.t(.colCi), c.t(.colRange95)],
                r.summaryNames.map { name in
                    let e = r.ensemble[name]
                    return [
                        name, c.number(e?.mean, digits: 3), c.number(e?.sd, digits: 3),
                        c.number(e?.meanCiLow, digits: 3) + " – " + c.number(e?.meanCiHigh, digits: 3),
                        c.number(e?.q025, digits: 3) + " – " + c.number(e?.q975, digits: 3),
                    ]
                }),
        ]
        let colours = ["#1f5fa8", "#c60", "#176117", "#7a3fb0", "#a11", "#555"]
        let names = r.seriesNames.prefix(colours.count)
        if !names.isEmpty, !r.steps.isEmpty {
            body.append(HTML.text("h2", c.t(.seriesHeading)))
            body.append(
                LineChart(
                    title: c.t(.seriesHeading), x: r.steps.map(Double.init),
                    series: names.enumerated().map { i, name in
                        .init(
                            name: name, colour: colours[i],
                            values: r.ensembleSeries[name]?.mean ?? Array(repeating: nil, count: r.steps.count))
                    }
                ).svg())
        }
        return body
    }

    /// Two finished runs side by side: ensemble means of each metric and of each shared series.
    func simulationCompare(_ request: Request, _ context: BasicRequestContext, _ c: PageContext) async throws
        -> Response
    {
        let q = APIRequest(request, context)
        let a = try await jobs.status(try q.requiredText("a"))
        let b = try await jobs.status(try q.requiredText("b"))
        guard let ra = a.result, let rb = b.result else {
            throw EntenteError(
                .invalidInput, "Both runs must be finished to compare them; '\(a.result == nil ? a.id : b.id)' is not.")
        }
        let metrics = ra.summaryNames + rb.summaryNames.filter { !ra.summaryNames.contains($0) }
        var body: [HTML.Node] = [
            HTML.p(c.t(.compareIntro, ["a": "\(a.id) (\(a.scenario))", "b": "\(b.id) (\(b.scenario))"])),
            HTML.textTable(
                [c.t(.colMetric), c.t(.runA), c.t(.runB), c.t(.colDifference)],
                metrics.map { name in
                    let x = ra.ensemble[name]?.mean, y = rb.ensemble[name]?.mean
                    return [
                        name, c.number(x, digits: 3), c.number(y, digits: 3),
                        c.number(x.flatMap { x in y.map { $0 - x } }, digits: 3),
                    ]
                }),
        ]
        let shared = ra.seriesNames.filter(rb.seriesNames.contains).prefix(4)
        if ra.steps == rb.steps, !ra.steps.isEmpty {
            for name in shared {
                body.append(HTML.text("h3", name))
                body.append(
                    LineChart(
                        title: name, x: ra.steps.map(Double.init),
                        series: [
                            .init(
                                name: c.t(.runA), colour: "#1f5fa8",
                                values: ra.ensembleSeries[name]?.mean ?? Array(repeating: nil, count: ra.steps.count)),
                            .init(
                                name: c.t(.runB), colour: "#c60",
                                values: rb.ensembleSeries[name]?.mean ?? Array(repeating: nil, count: rb.steps.count)),
                        ]
                    ).svg())
            }
        } else if !shared.isEmpty {
            body.append(HTML.p(c.t(.compareStepsDiffer), [("class", "hint")]))
        }
        return Layout.page(
            c, title: c.t(.compareHeading), section: .simulation, body: body, sources: simulationSources(c))
    }
}
