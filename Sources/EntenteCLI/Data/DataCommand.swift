import ArgumentParser

/// `entente data …`
struct DataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "TODO",
        subcommands: []
    )
}
