import EntenteCore
import EntenteLaw
import EntenteRender
import EntenteServices
import Foundation
import Hummingbird

extension DashboardPages {
    /// The questions the engine answers, each linking to its form.
    func lawIndex(_ c: PageContext) -> Response {
        let items = QuestionKind.allCases.map { kind in
            HTML.el(
                "li", [],
                [
                    kind == .customaryLaw
                        ? HTML.link("/custom", kind.name)
                        : HTML.link("/law/" + PageContext.encode(kind.name), kind.name)
                ])
        }
        return Layout.page(
            c, title: c.t(.lawTitle), section: .law,
            body: [HTML.p(c.t(.lawIntro)), HTML.el("ul", [], items)], sources: lawSources(c))
    }

    func lawSources(_ c: PageContext) -> [DataNote] {
        let k = Services.coverage
        return [
            DataNote(source: c.t(.sourceLaw), coverage: c.t(.lawCoverage)),
            c.coverage(c.t(.sourceOrganisations), k.organisations), c.coverage(c.t(.sourceAlliances), k.alliances),
        ]
    }

    /// The question a law route names, or a 404 with the choices.
    func question(_ request: Request, _ context: BasicRequestContext) throws -> QuestionKind {
        let name = try APIRequest(request, context).path("question")
        guard let kind = QuestionKind(name: name), kind != .customaryLaw else {
            throw EntenteError(
                .notFound,
                "'\(name)' is not a question\(Suggestions.phrase(for: name, in: QuestionKind.names)). The questions: "
                    + QuestionKind.names.joined(separator: ", ") + ".")
        }
        return kind
    }

    /// A form for one question, one control per fact of its schema, and the whole document as text.
    func lawForm(_ request: Request, _ context: BasicRequestContext, _ c: PageContext) throws -> Response {
        let kind = try question(request, context)
        return Layout.page(
            c, title: c.t(.lawFormTitle, ["question": kind.name]), section: .law,
            body: lawFormBody(c, kind, values: FormBody("")), sources: lawSources(c))
    }

    func lawFormBody(_ c: PageContext, _ kind: QuestionKind, values: FormBody) -> [HTML.Node] {
        let facts = Services.lawFacts(question: kind).facts
        var fields: [HTML.Node] = [
            HTML.field(
                c.t(.fieldAsOf), for: "as_of",
                HTML.input("as_of", type: "date", value: values["as_of"] ?? "2024-01-01"),
                hint: c.t(.asOfHint))
        ]
        for fact in facts {
            let id = "fact." + fact.name
            let current = values[id]
            let control: HTML.Node
            let options = fact.kind.split(separator: "|").map(String.init)
            switch fact.kind {
            case "true|false|null":
                control = HTML.select(
                    id, [("", c.t(.unknown)), ("true", c.t(.yes)), ("false", c.t(.no))], selected: current ?? "")
            case _ where options.count > 1:
                control = HTML.select(id, [("", c.t(.unknown))] + options.map { ($0, $0) }, selected: current ?? "")
            case "integer", "number":
                control = HTML.input(
                    id, type: "number", value: current, extra: fact.kind == "number" ? [("step", "any")] : [])
            case "date YYYY-MM-DD":
                control = HTML.input(id, type: "date", value: current)
            default:
                control = HTML.input(id, value: current)
            }
            var hint = fact.summary + " [" + fact.kind + "]"
            if let derived = fact.derivedFrom { hint += " — " + c.t(.derivedFrom, ["source": derived]) }
            fields.append(HTML.field(fact.name, for: id, control, hint: hint))
        }
        let action = "/law/" + PageContext.encode(kind.name)
        return [
            HTML.p(c.t(.lawFormIntro)),
            HTML.el(
                "form", [("method", "post"), ("action", action), ("data-e2e", "law-form")],
                [
                    HTML.el("fieldset", [], [HTML.text("legend", c.t(.factsLegend))] + fields),
                    HTML.text("button", [("type", "submit"), ("name", "mode"), ("value", "form")], c.t(.assess)),
                ]),
            HTML.text("h2", c.t(.documentHeading)),
            HTML.p(c.t(.documentIntro)),
            HTML.el(
                "form", [("method", "post"), ("action", action)],
                [
                    HTML.text(
                        "textarea", [("name", "document"), ("rows", "18"), ("aria-label", c.t(.documentHeading))],
                        values.raw("document") ?? Services.lawTemplate(question: kind).text),
                    HTML.text("button", [("type", "submit"), ("name", "mode"), ("value", "document")], c.t(.assess)),
                ]),
        ]
    }

    /// Assesses the posted form (or document) and renders the explanation and what would change it.
    func lawAssess(_ request: Request, _ context: BasicRequestContext, _ c: PageContext) async throws -> Response {
        let kind = try question(request, context)
        let form = FormBody(try await APIRequest(request, context).bodyText(limit: configuration.maxBodyBytes))
        let document: String
        if form["mode"] == "document", let text = form.raw("document") {
            document = text
        } else {
            document = try situationDocument(kind, form)
        }
        let answer = try await services.assess(document: document, file: "form")
        var body: [HTML.Node]
        switch answer {
        case .situation(let report): body = assessmentBody(c, report)
        case .customaryLaw(let report): body = customBody(c, report)
        }
        body.append(HTML.text("h2", c.t(.editAgain)))
        body += lawFormBody(c, kind, values: form)
        return Layout.page(
            c, title: c.t(.lawResultTitle, ["question": answer.question, "outcome": answer.outcome]), section: .law,
            body: body, sources: lawSources(c))
    }

    /// The form's answers as a situation document (JSON, which the YAML reader accepts): blank
    /// fields are left out, so they stay unknown.
    func situationDocument(_ kind: QuestionKind, _ form: FormBody) throws -> String {
        var facts: [String: Any] = [:]
        for fact in Services.lawFacts(question: kind).facts {
            guard let text = form["fact." + fact.name] else { continue }
            let value: Any
            switch fact.kind {
            case "true|false|null": value = text == "true"
            case "integer":
                guard let n = Int(text) else {
                    throw EntenteError(.invalidInput, "\(fact.name): '\(text)' is not a whole number.")
                }
                value = n
            case "number":
                guard let n = Double(text), n.isFinite else {
                    throw EntenteError(.invalidInput, "\(fact.name): '\(text)' is not a number.")
                }
                value = n
            case "list of states":
                value = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
            default: value = text
            }
            let parts = fact.name.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                var object = facts[parts[0]] as? [String: Any] ?? [:]
                object[parts[1]] = value
                facts[parts[0]] = object
            } else {
                facts[fact.name] = value
            }
        }
        var document: [String: Any] = ["question": kind.name, "facts": facts]
        if let day = form["as_of"] { document["as_of"] = day }
        let data = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// A situation's assessment: outcome, conditions, explanation tree, what would change it.
    func assessmentBody(_ c: PageContext, _ report: AssessmentReport) -> [HTML.Node] {
        func item(_ node: ExplanationReport) -> HTML.Node {
            var children: [HTML.Node] = [
                HTML.text("span", node.status.map { [("class", "status " + $0.label)] } ?? [], report.title(of: node))
            ]
            if let nested = node.children, !nested.isEmpty { children.append(HTML.el("ul", [], nested.map(item))) }
            return HTML.el("li", [], children)
        }
        var body: [HTML.Node] = [
            HTML.el(
                "p", [("class", "outcome"), ("data-e2e", "outcome")],
                [.text(c.t(.outcome) + ": "), HTML.text("strong", report.outcome)]),
            HTML.p(report.reasoning),
            HTML.p(c.t(.lawApplied, ["day": report.lawAsOf, "rules": report.ruleSetTitle])),
            HTML.text("h2", c.t(.conditionsHeading)),
            HTML.table(
                [c.t(.colCondition), c.t(.colStatus), c.t(.colProvision), c.t(.colFactsUsed), c.t(.colReasoning)],
                report.conditions.map { cond in
                    [
                        .text(cond.code),
                        HTML.text("span", [("class", "status " + cond.status.label)], cond.status.label),
                        .text(cond.provision),
                        .text(cond.factsUsed.map { "\($0.fact) = \($0.display)" }.joined(separator: "; ")),
                        .text(cond.reasoning),
                    ]
                }),
            HTML.text("h2", c.t(.explanationHeading)),
            HTML.el("ul", [("class", "tree")], [item(report.explanation)]),
            HTML.text("h2", c.t(.wouldChangeHeading)),
        ]
        if report.wouldChange.isEmpty {
            body.append(HTML.p(c.t(.wouldChangeNone)))
        } else {
            body.append(
                HTML.el("ul", [], report.wouldChange.map { HTML.text("li", $0.changeText + " ⇒ " + $0.outcome) }))
            if report.wouldChangeTruncated { body.append(HTML.p(c.t(.wouldChangeTruncated), [("class", "hint")])) }
        }
        if !report.unknownFacts.isEmpty {
            body.append(HTML.text("h2", c.t(.unknownFactsHeading)))
            body.append(HTML.p(report.unknownFacts.joined(separator: ", ")))
        }
        return body
    }
}
