import ArgumentParser
import ConsoleText
import Foundation
import Statistics
import StatisticsScreen
import Store

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "See progress: card counts, today, streak, due forecast, a year's heatmap, retention, hardest cards.",
        discussion: """
            Figures are counted in study days, which start at the deck's day-start hour (4:00 by default). True \
            retention is the share of answers to cards in review that were not Again, over the last 30 days; \
            recall now is FSRS's average probability of recalling the studied cards at this moment.

            Examples:
              tifa stats
              tifa stats --deck 外交 --days 90
              tifa stats --json | jq .retention
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "Only this deck's cards and answers.")
    var deck: String?

    @Option(help: ArgumentHelp("Days of due forecast, from today.", valueName: "N"))
    var days = StudyStatistics.defaultForecastDays

    @Flag(help: "Print every figure as JSON for scripts.")
    var json = false

    @Flag(help: "Draw the charts in plain ASCII, for a terminal that cannot show Unicode block elements.")
    var ascii = false

    func validate() throws {
        guard (1...3650).contains(days) else {
            throw ValidationError("--days must be between 1 and 3650 (ten years), not \(days)")
        }
    }

    func run() throws {
        let now = try CommandClock.now()
        let digest = try store.open().studyDigest(
            inDeckNamed: deck, through: now, countedDays: ReviewCalendar.countedDays, detailDays: Retention.defaultDays,
            hardest: HardCard.defaultLimit
        ) { decks in
            StudyCalendar(for: decks, timeZone: .current)
        }
        let statistics = StudyStatistics(
            digest, deck: deck == nil ? nil : digest.decks.first?.name, now: now,
            timeZone: .current, forecastDays: days)
        if json {
            print(try JSONOutput.string(statistics))
            return
        }
        if digest.decks.isEmpty {
            print("No decks yet; tifa decks create NAME makes one.")
            return
        }
        let terminal = TerminalCapabilities.standardOutput()
        let options = ScreenOptions(
            width: terminal.columns, characters: ascii || !terminal.unicode ? .ascii : .unicode,
            colour: TerminalStyle.standardOutput.enabled)
        print(StatisticsScreen(statistics, options: options).text)
    }
}
