import ArgumentParser

@main
struct Tifa: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tifa",
        abstract: "Learn the vocabulary of Chinese politics and diplomacy from the articles you read.",
        version: "0.1.0",
        subcommands: [
            ReadCommand.self, LookupCommand.self, ExtractCommand.self, DecksCommand.self, CardsCommand.self,
            KnownCommand.self, ReviewCommand.self, StatsCommand.self, ExportCommand.self, ImportCommand.self, FSRSCommand.self,
        ]
    )
}
