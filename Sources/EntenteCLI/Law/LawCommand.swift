import ArgumentParser

/// `entente law …`
struct LawCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "law",
        abstract: "TODO",
        subcommands: []
    )
}
