import EntenteCore
import EntenteLaw
import EntenteRender
import EntenteServices
import Foundation
import Hummingbird

extension DashboardPages {
    /// The customary-law form: a candidate rule (an example or the template) in a text area.
    func customForm(_ request: Request, _ context: BasicRequestContext, _ c: PageContext) throws -> Response {
        let chosen = APIRequest(request, context).text("example")
        let example = assets.customRules.first { $0.name == chosen }
        if let chosen, example == nil {
            throw EntenteError(.notFound, "There is no example rule '\(chosen)'.")
        }
        let text = example?.text ?? Services.lawTemplate(question: .customaryLaw).text
        return Layout.page(
            c, title: c.t(.customTitle), section: .custom,
            body: customFormBody(c, text: text, fromData: chosen?.contains("from-data") ?? false),
            sources: customSources(c))
    }

    func customSources(_ c: PageContext) -> [DataNote] {
        [
            DataNote(source: c.t(.sourceCustom), coverage: c.t(.customCoverage)),
            c.coverage(c.t(.sourceVotes), Services.coverage.votes),
            c.coverage(c.t(.sourceStates), Services.coverage.states),
        ]
    }

    func customFormBody(_ c: PageContext, text: String, fromData: Bool) -> [HTML.Node] {
        [
            HTML.p(c.t(.customIntro)),
            HTML.el(
                "form", [("method", "get"), ("action", "/custom"), ("class", "inline")],
                [
                    HTML.field(
                        c.t(.fieldExample), for: "example",
                        HTML.select("example", assets.customRules.map { ($0.name, $0.name) }, selected: nil)),
                    HTML.text("button", [("type", "submit")], c.t(.load)),
                ]),
            HTML.el(
                "form", [("method", "post"), ("action", "/custom")],
                [
                    HTML.text("textarea", [("name", "rule"), ("rows", "20"), ("aria-label", c.t(.customRule))], text),
                    HTML.el(
                        "p", [],
                        [
                            HTML.void(
                                "input",
                                [("type", "checkbox"), ("name", "from_data"), ("id", "from_data"), ("value", "1")]
                                    + (fromData ? [("checked", "checked")] : [])),
                            HTML.text("label", [("for", "from_data")], c.t(.fromData)),
                        ]),
                    HTML.text("button", [("type", "submit")], c.t(.assess)),
                ]),
        ]
    }

    /// Judges the posted rule and shows the evidence table and the life-cycle chart.
    func customAssess(_ request: Request, _ c: PageContext) async throws -> Response {
        let form = FormBody(try await request.body.collect(upTo: configuration.maxBodyBytes).string)
        guard let text = form.raw("rule"), !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw EntenteError(.invalidInput, "The rule is empty; paste a rule or load an example.")
        }
        let fromData = form["from_data"] != nil
        let report = try await services.assessCustom(LawFileText(text: text, file: "form"), fromData: fromData)
        let body =
            customBody(c, report) + [HTML.text("h2", c.t(.editAgain))]
            + customFormBody(c, text: text, fromData: fromData)
        return Layout.page(
            c, title: c.t(.lawResultTitle, ["question": report.rule, "outcome": report.outcome]), section: .custom,
            body: body, sources: customSources(c))
    }

    /// A customary-law judgement: outcome, life cycle, conditions, what would change it, evidence.
    func customBody(_ c: PageContext, _ r: CustomLawReport) -> [HTML.Node] {
        var body: [HTML.Node] = [
            HTML.el("p", [("class", "outcome")], [.text(c.t(.outcome) + ": "), HTML.text("strong", r.outcome)])
        ]
        if !r.title.isEmpty { body.append(HTML.p(r.title)) }
        body.append(
            HTML.p(
                c.t(
                    .customSummary,
                    [
                        "scope": r.scope, "year": String(r.asOf),
                        "crystallised": r.crystallisationYear.map(String.init) ?? c.t(.no),
                    ])))
        if !r.binds.isEmpty { body.append(HTML.p(c.t(.binds, ["states": r.binds.joined(separator: ", ")]))) }
        body += [
            HTML.text("h2", c.t(.lifeCycleHeading)),
            HTML.el("figure", [], [NormLifeCycleChart(r).svg(), HTML.text("figcaption", c.t(.lifeCycleCaption))]),
            HTML.text("h2", c.t(.conditionsHeading)),
            HTML.table(
                [c.t(.colCondition), c.t(.colStatus), c.t(.colDetail)],
                r.conditions.map { cond in
                    [
                        .text(cond.code),
                        HTML.text("span", [("class", "status " + cond.status.label)], cond.status.label),
                        .text(cond.detail),
                    ]
                }),
            HTML.text("h2", c.t(.wouldChangeHeading)),
            r.wouldChange.isEmpty
                ? HTML.p(c.t(.wouldChangeNone)) : HTML.el("ul", [], r.wouldChange.map { HTML.text("li", $0) }),
            HTML.text("h2", c.t(.evidenceHeading)),
            HTML.textTable(
                [
                    c.t(.colState), c.t(.fieldRegion), c.t(.colConforming), c.t(.colContrary), c.t(.colBreach),
                    c.t(.colPractises), c.t(.colAcceptance), c.t(.colForms), c.t(.colObjection),
                ],
                r.evidence.map { e in
                    [
                        e.state, e.region, String(e.conforming), String(e.contrary), String(e.contraryTreatedAsBreach),
                        c.yesNo(e.practises), c.number(e.acceptance), e.opinioForms.joined(separator: ", "),
                        e.objectionSince.map {
                            c.t(.objectionSince, ["year": String($0)])
                                + (e.persistentObjector ? " — " + c.t(.persistentObjector) : "")
                        } ?? "—",
                    ]
                }),
            HTML.text("h2", c.t(.explanationHeading)),
            HTML.el("ul", [], r.explanation.map { HTML.text("li", $0) }),
        ]
        return body
    }
}

extension ByteBuffer {
    /// The readable bytes as UTF-8 text.
    fileprivate var string: String { String(buffer: self) }
}
