#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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

    static func main() {
        // A write past the shell's file size limit (ulimit -f) must fail like a full disk, with a message and
        // the database rolled back, instead of killing the process with SIGXFSZ.
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }
}
