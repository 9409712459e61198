public import ArgumentParser

/// The `entente` root command: one subcommand family per question Entente answers.
public struct EntenteCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "entente",
        abstract: "Defense diplomacy under international law: data, law, networks and simulation.",
        version: "0.1.0",
        subcommands: [DataCommand.self, LawCommand.self, NetworkCommand.self, SimCommand.self, ServeCommand.self]
    )

    public init() {}
}
