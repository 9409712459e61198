import ArgumentParser

/// `entente data …`: the knowledge base, as of any date.
struct DataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "What is happening: states, organisations, alliances and activities as of any date.",
        subcommands: [
            StatesCommand.self, ShowCommand.self, MembersCommand.self, AlliancesCommand.self, ActivitiesCommand.self,
            OrganisationsCommand.self, SourcesCommand.self, ImportCommand.self, ExportCommand.self, RebuildCommand.self,
            PanelCommand.self, PeacekeepingCommand.self,
        ]
    )
}
