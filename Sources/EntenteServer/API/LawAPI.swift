import EntenteCore
import EntenteLaw
import EntenteServices
import HTTPTypes

/// What the law says: the questions, their facts and templates, and assessment of a situation or a
/// customary rule posted as YAML or JSON.
enum LawAPI {
    static func routes(_ services: Services, _ configuration: ServerConfiguration) -> [APIRoute] {
        var question = APIRoute.Parameter.path(
            "question", "The question: " + QuestionKind.names.joined(separator: ", ") + ".", example: "self_defence")
        question.schema = .string(enumeration: QuestionKind.names)
        return [
            APIRoute(
                .get, "/api/v1/law/rules", id: "listLawRules", tag: "law",
                summary: "The questions the engine answers and the rule sets behind each, with their provisions.",
                parameters: [.query("question", .string(enumeration: QuestionKind.names), "Only this question.")],
                answer: .json(.reference("LawRulesReport"))
            ) { request, context in
                let q = APIRequest(request, context)
                return try APIResponse.json(Services.lawRules(question: try q.text("question").map(questionKind)))
            },
            APIRoute(
                .get, "/api/v1/law/questions/{question}/facts", id: "getLawFacts", tag: "law",
                summary: "The facts a question reads: name, kind, meaning, and what it is derived from.",
                parameters: [question], answer: .json(.reference("LawFactsReport"))
            ) { request, context in
                try APIResponse.json(
                    Services.lawFacts(question: try questionKind(try APIRequest(request, context).path("question"))))
            },
            APIRoute(
                .get, "/api/v1/law/questions/{question}/template", id: "getLawTemplate", tag: "law",
                summary: "A situation (or customary rule) template to fill in, as YAML.",
                parameters: [question], answer: .json(.reference("LawTemplate"))
            ) { request, context in
                try APIResponse.json(
                    Services.lawTemplate(question: try questionKind(try APIRequest(request, context).path("question"))))
            },
            APIRoute(
                .post, "/api/v1/law/assess", id: "assessLaw", tag: "law",
                summary: "Assesses a situation or a customary rule (YAML or JSON); the answer explains itself.",
                body: .text(
                    "A situation or customary-rule document, as `entente law template` writes it.",
                    mediaTypes: ["application/yaml", "application/json", "text/plain"]),
                answer: .json(.reference("LawAnswer")), cached: true
            ) { request, context in
                let text = try await APIRequest(request, context).bodyText(limit: configuration.maxBodyBytes)
                return try APIResponse.json(try await services.assess(document: text, file: "request"))
            },
        ]
    }

    static func questionKind(_ name: String) throws(EntenteError) -> QuestionKind {
        guard let kind = QuestionKind(name: name) else {
            throw EntenteError(
                .invalidInput,
                "'\(name)' is not a question\(Suggestions.phrase(for: name, in: QuestionKind.names)). The questions: "
                    + QuestionKind.names.joined(separator: ", ") + ".")
        }
        return kind
    }
}
