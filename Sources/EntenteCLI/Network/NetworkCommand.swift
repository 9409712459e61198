import ArgumentParser

/// `entente network …`
struct NetworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Network measures of defence-diplomacy ties: centrality, communities, blocs and indices.",
        subcommands: [
            NetworkMeasuresCommand.self, NetworkProfileCommand.self, NetworkBlocsCommand.self, NetworkIndexCommand.self,
            NetworkAffinityCommand.self, NetworkExportCommand.self, NetworkValidateCommand.self,
        ]
    )
}
