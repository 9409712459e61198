import ArgumentParser

/// `entente network …`
struct NetworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "TODO",
        subcommands: []
    )
}
