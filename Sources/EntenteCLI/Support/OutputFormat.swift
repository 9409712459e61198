import ArgumentParser

/// How a command prints its result: a table for people, JSON or CSV for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, csv
}

/// `--format`, shared by every command that prints records.
struct FormatOption: ParsableArguments {
    @Option(name: .long, help: "Output format: text (a table), json or csv.")
    var format: OutputFormat = .text
}
