import ArgumentParser

/// `entente network …`
struct NetworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Network measures of defence-diplomacy ties: centrality, communities, blocs and indices.",
        subcommands: [NetworkMeasuresCommand.self, NetworkExportCommand.self, NetworkBenchCommand.self]
    )
}
