import Testing

/// Help is how a person meets a command-line tool: `--help`, `-h` and `help SUBCOMMAND` print the usage on standard
/// output and exit 0, for the tool and for each command.
@Suite struct HelpCommandTests {
    static let requests: [[String]] = [
        ["--help"], ["-h"], ["help"], ["extract", "--help"], ["help", "extract"], ["read", "-h"], ["review", "--help"],
        ["fsrs", "replay", "--help"], ["cards", "list", "--help"],
    ]

    @Test(arguments: requests)
    func helpIsPrintedAndExitsCleanly(arguments: [String]) throws {
        let result = try TifaProcess.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result)")
        #expect(result.output.contains("USAGE: tifa"), "\(arguments): \(result.output)")
        #expect(result.error.isEmpty, "\(arguments): \(result.error)")
    }

    @Test func aSubcommandsHelpNamesItsOwnOptions() throws {
        let result = try TifaProcess.run(["extract", "--help"])
        #expect(result.output.contains("USAGE: tifa extract"), "\(result.output)")
        #expect(result.output.contains("--top"), "\(result.output)")
    }
}
