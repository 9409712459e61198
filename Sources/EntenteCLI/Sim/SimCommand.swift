import ArgumentParser

/// `entente sim …`: run simulations, sweeps, shards, merges and sensitivity analyses.
struct SimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Run reproducible agent-based simulations: ensembles, parameter sweeps, shards, sensitivity.",
        discussion: """
            A scenario file (YAML) names a model ('entente sim models' lists them), its parameters, the horizon, \
            the number of replicates and the seed. The same scenario and seed give bit-identical results on any \
            number of threads and any shard split. See examples/sim/ and docs/sim.md.
            """,
        subcommands: [
            SimRunCommand.self, SimCompareCommand.self, SimSweepCommand.self, SimMergeCommand.self,
            SimSensitivityCommand.self, SimValidateCommand.self,
            SimModelsCommand.self,
        ]
    )
}
