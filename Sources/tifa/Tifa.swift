import ArgumentParser
import ConsoleText
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Parses the arguments and runs the command; the one place that reports a failure. ArgumentParser's own
    /// outcomes (usage errors, `--help`, `--version`, `ExitCode`) it prints as it always does; any other error is
    /// one line on standard error, `tifa: ` and its description, and exit code 1.
    static func main() {
        // A write past the shell's file size limit (ulimit -f) must fail like a full disk, with a message and
        // the database rolled back, instead of killing the process with SIGXFSZ.
        signal(SIGXFSZ, SIG_IGN)
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let error where isArgumentParserOutcome(error) {
            exit(withError: error)
        } catch {
            let style = TerminalStyle.standardError
            FileHandle.standardError.write(Data("\(style.bold("tifa:")) \(error.localizedDescription)\n".utf8))
            exit(withError: ExitCode(1))
        }
    }

    /// An error ArgumentParser words and exits for itself: a bad argument found while running (with the usage
    /// after it), an exit code chosen by the command, a clean exit, and its internal errors: `--help` and
    /// `help SUBCOMMAND` parse to its help command, whose `run()` throws the help request as an error of a type
    /// the library does not make public. Worded as any other failure, `tifa --help` printed "The operation could
    /// not be completed" and exited 1.
    private static func isArgumentParserOutcome(_ error: any Error) -> Bool {
        error is ValidationError || error is ExitCode || error is CleanExit
            || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}
