import ArgumentParser
import ConsoleText
import Foundation
import Scheduler
import Store

extension FSRSCommand {
    /// `tifa fsrs simulate`: what each desired retention would cost a deck, day by day.
    struct SimulateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "simulate",
            abstract: "Simulate a deck's workload at desired retentions from 0.70 to 0.97.",
            discussion: """
                With the deck's FSRS parameters, limits and cards, and the answer times and answer shares of its \
                review log, simulates the coming days at each retention (the mean of 4 seeded runs) and prints the \
                reviews and minutes a day and the cards remembered at the end. The lowest workload is the fewest \
                minutes of study per card remembered at the end.

                Example:
                  tifa fsrs simulate --deck 外交 --days 365
                """)

        @Option(help: ArgumentHelp("The deck to simulate.", valueName: "name"))
        var deck: String

        @Option(help: ArgumentHelp("Days to simulate.", valueName: "days"))
        var days = 365

        @OptionGroup var store: StoreOptions

        static let retentions: [Double] = [0.70, 0.73, 0.76, 0.79, 0.82, 0.85, 0.88, 0.90, 0.92, 0.94, 0.97]

        func validate() throws {
            guard (1...3_650).contains(days) else { throw ValidationError("--days \(days): give 1 to 3650 days") }
        }

        func run() throws {
            let now = try CommandClock.now()
            let history = try store.open().studyHistory(inDeckNamed: deck)
            guard let deck = history.decks.first else { return }
            let start = history.simulationStart(days: days, now: now)
            let simulation = WorkloadSimulation(
                parameters: try deck.schedulerParameters(), configuration: start.configuration, cards: start.cards)
            let results = try Self.retentions.map { try simulation.run(desiredRetention: $0) }
            print(
                WorkloadText(
                    deck: deck, configuration: start.configuration, studied: start.cards.count,
                    results: results, unicode: TerminalCapabilities.standardOutput().unicode
                ).text)
        }
    }
}

/// The simulation's table and chart, within 60 columns (a long deck name aside).
struct WorkloadText {
    let deck: Deck
    let configuration: SimulationConfiguration
    let studied: Int
    let results: [WorkloadSimulation.Result]
    let unicode: Bool

    var lowest: WorkloadSimulation.Result? { results.min { $0.minutesPerRemembered < $1.minutesPerRemembered } }

    var text: String {
        let origin = DeckSettingsText.parametersOrigin(deck)
        var lines = [
            "'\(deck.name)' over \(configuration.days) days, FSRS parameters \(origin):",
            "\(studied) cards studied, \(configuration.newCards) new at \(configuration.newCardsPerDay) a day.",
            "",
            "retention  reviews/day  min/day  remembered  min/card",
        ]
        for result in results {
            let mark = result == lowest ? (unicode ? " ◀ lowest" : " < lowest") : ""
            lines.append(
                String(
                    format: "%9.2f  %11.1f  %7.1f  %10.0f  %8.2f", result.desiredRetention,
                    result.reviewsPerDay, result.minutesPerDay, result.remembered,
                    result.minutesPerRemembered) + mark)
        }
        lines += ["min/card: minutes of study per card remembered at the end.", "", "minutes a day"] + chart
        return lines.joined(separator: "\n")
    }

    /// One bar a retention, the longest 44 columns: label (4) + space + bar + space + value fits in 60.
    var chart: [String] {
        let longest = results.map(\.minutesPerDay).max() ?? 1
        return results.map { result in
            let eighths = longest > 0 ? Int((result.minutesPerDay / longest * 44 * 8).rounded()) : 0
            let bar: String
            if unicode {
                let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
                bar = String(repeating: "█", count: eighths / 8) + partial
            } else {
                bar = String(repeating: "#", count: (eighths + 4) / 8)
            }
            let mark = result == lowest ? (unicode ? " ◀" : " <") : ""
            return String(format: "%.2f ", result.desiredRetention) + bar + String(format: " %.1f", result.minutesPerDay) + mark
        }
    }
}
