import ArgumentParser

/// `entente sim …`
struct SimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "TODO",
        subcommands: []
    )
}
