import ArgumentParser
import ConsoleText
import Foundation
import Scheduler
import Store

struct DecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decks",
        abstract: "List decks with what is due today; create, rename and delete them; change their settings.",
        discussion: """
            Examples:
              tifa decks
              tifa decks create 外交
              tifa decks set 外交 --retention 0.85 --learning-steps "1m 10m 1h" --card-types recognition,cloze
              tifa decks set 外交 --parameters default
            """,
        subcommands: [List.self, Create.self, Rename.self, Delete.self, Settings.self],
        defaultSubcommand: List.self)
}

extension DecksCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the decks: new cards for today, cards in learning, reviews due today, all cards.")

        @OptionGroup var store: StoreOptions

        @Flag(help: "Print JSON (an array, one object per deck, with its settings) for scripts.")
        var json = false

        func run() throws {
            let now = try CommandClock.now()
            let summaries = try store.open().deckSummaries(now: now, timeZone: .current)
            if json {
                print(try JSONOutput.string(summaries.map(DeckJSON.init)))
            } else if summaries.isEmpty {
                print("No decks yet; tifa decks create NAME makes one.")
            } else {
                var table = TextColumns(
                    header: ["deck", "new", "learning", "due", "total", "FSRS parameters"],
                    alignments: [.left, .right, .right, .right, .right, .left])
                for summary in summaries {
                    let counts = summary.counts
                    table.rows.append([
                        summary.deck.name, "\(counts.new)", "\(counts.learning)", "\(counts.due)",
                        "\(counts.total)", DeckSettingsText.parametersOrigin(summary.deck),
                    ])
                }
                print(table.render(style: .standardOutput))
            }
        }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an empty deck with the default settings.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The new deck's name.")
        var name: String

        func run() throws {
            let now = try CommandClock.now()
            let deck = try store.open().createDeck(named: name, now: now)
            print("Created deck '\(deck.name)'.")
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rename a deck; its cards and history stay.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The deck's name now.")
        var old: String

        @Argument(help: "Its new name.")
        var new: String

        func run() throws {
            let deck = try store.open().renameDeck(old, to: new)
            print("Renamed deck '\(old)' to '\(deck.name)'.")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a deck with its notes, cards and review history.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The deck to delete.")
        var name: String

        @Flag(help: "Delete the deck even if it has cards.")
        var yes = false

        func run() throws {
            let cards = try store.open().deleteDeck(named: name, evenIfItHasCards: yes)
            print("Deleted deck '\(name)'\(cards > 0 ? " and its \(cards) card\(cards == 1 ? "" : "s")" : "").")
        }
    }

    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change a deck's study settings, then show them all.",
            discussion: """
                Steps are durations with s, m, h or d, separated by spaces: "1m 10m 1h 1d". \
                Newly enabled card types get their cards for every note of the deck.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The deck to change.")
        var name: String

        @Option(help: "The probability of recall to schedule for, between 0 and 1 (default 0.9).")
        var retention: Double?

        @Option(help: "New cards to introduce per day (default 20).")
        var newPerDay: Int?

        @Option(help: "Reviews per day at most (default 200).")
        var maxReviews: Int?

        @Option(help: ArgumentHelp("Learning steps (default \"1m 10m\").", valueName: "steps"))
        var learningSteps: String?

        @Option(help: ArgumentHelp("Relearning steps after a lapse (default 10m).", valueName: "steps"))
        var relearningSteps: String?

        @Option(help: ArgumentHelp("The longest interval, in days (default 36500).", valueName: "days"))
        var maximumInterval: Int?

        @Option(
            help: ArgumentHelp(
                "Card types to make and study: recognition, production, cloze.",
                valueName: "types"))
        var cardTypes: String?

        @Option(help: ArgumentHelp("The local hour a study day starts at (default 4).", valueName: "hour"))
        var dayStartHour: Int?

        @Option(
            help: ArgumentHelp(
                "FSRS-6's 21 parameters, comma-separated (as `tifa fsrs optimize` prints them), or default. "
                    + "Every reviewed card's memory is recomputed from its reviews; due dates stay.",
                valueName: "w0,…,w20|default"))
        var parameters: String?

        func validate() throws {
            let change = try self.change()
            _ = try fsrsParameters()
            if change.isEmpty && parameters == nil {
                throw ValidationError("give at least one setting to change, e.g. tifa decks set \(name) --retention 0.9")
            }
            do {
                try change.validate()
            } catch {
                throw ValidationError(error.localizedDescription)
            }
        }

        func change() throws -> DeckSettingsChange {
            func steps(_ text: String?, _ option: String) throws -> [Int]? {
                guard let text else { return nil }
                do {
                    return try StepDurations.parse(text)
                } catch {
                    throw ValidationError("\(option): \(error.localizedDescription)")
                }
            }
            var types: [CardType]?
            if let cardTypes {
                switch CardType.parseList(cardTypes) {
                case let .success(list): types = list
                case let .failure(unknown):
                    throw ValidationError(
                        "--card-types: unknown card type '\(unknown.name)'; use recognition, production or cloze, separated by commas")
                }
            }
            return DeckSettingsChange(
                desiredRetention: retention, newCardsPerDay: newPerDay, maximumReviewsPerDay: maxReviews,
                learningSteps: try steps(learningSteps, "--learning-steps"),
                relearningSteps: try steps(relearningSteps, "--relearning-steps"),
                maximumInterval: maximumInterval, cardTypes: types, dayStartHour: dayStartHour)
        }

        /// nil when not given; `.some(nil)` for `default`.
        func fsrsParameters() throws -> [Double]?? {
            guard let parameters else { return nil }
            if parameters.trimmingCharacters(in: .whitespaces).lowercased() == "default" { return .some(nil) }
            let weights = try parameters.split(separator: ",", omittingEmptySubsequences: false).map { item in
                let text = item.trimmingCharacters(in: .whitespaces)
                guard let weight = Double(text) else {
                    throw ValidationError("--parameters: \"\(text)\" is not a number; give the 21 weights separated by commas, or default")
                }
                return weight
            }
            do {
                _ = try SchedulerParameters(weights: weights)
            } catch {
                throw ValidationError("--parameters \"\(parameters)\": \(error)")
            }
            return .some(weights)
        }

        func run() throws {
            let now = try CommandClock.now()
            let store = try store.open()
            let change = try change()
            var deck = change.isEmpty ? try store.deck(named: name) : try store.updateDeckSettings(named: name, change, now: now)
            if let weights = try fsrsParameters() {
                let result = try store.setFSRSParameters(weights, origin: .manual, deckNamed: name, now: now)
                deck = result.deck
                FileHandle.standardError.write(
                    Data(
                        ("FSRS parameters set; \(result.cardsRecomputed) reviewed card"
                            + "\(result.cardsRecomputed == 1 ? "'s" : "s'") memory recomputed, due dates kept.\n").utf8))
            }
            print(DeckSettingsText(deck: deck).text)
        }
    }
}

/// A deck's settings, one a line.
struct DeckSettingsText {
    let deck: Deck

    var text: String {
        var lines: [(String, String)] = [
            ("retention", "\(deck.desiredRetention)"),
            ("new cards per day", "\(deck.newCardsPerDay)"),
            ("maximum reviews per day", "\(deck.maximumReviewsPerDay)"),
            ("learning steps", StepDurations.format(deck.learningSteps)),
            ("relearning steps", StepDurations.format(deck.relearningSteps)),
            ("maximum interval", "\(deck.maximumInterval) days"),
            ("card types", deck.cardTypes.map(\.rawValue).joined(separator: ", ")),
            ("day starts at", "\(deck.dayStartHour):00"),
            ("FSRS parameters", Self.parametersOrigin(deck) + (deck.fsrsParametersChanged.map { ", " + CommandClock.local($0) } ?? "")),
        ]
        if let weights = deck.fsrsParameters {
            lines.append(("", weights.map { String(format: "%.4f", $0) }.joined(separator: ",")))
        }
        let width = lines.map(\.0.count).max() ?? 0
        let style = TerminalStyle.standardOutput
        return
            ([style.bold(deck.name)]
            + lines.map { name, value in
                "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value
            }).joined(separator: "\n")
    }
}

extension DeckSettingsText {
    /// Whether a deck schedules with FSRS-6's defaults, parameters fitted to its reviews, or ones set by hand.
    static func parametersOrigin(_ deck: Deck) -> String {
        guard deck.fsrsParameters != nil else { return "default" }
        switch deck.fsrsParametersOrigin {
        case .fitted, nil: return "fitted"
        case .manual: return "set by hand"
        }
    }
}

/// One deck in `tifa decks --json`.
struct DeckJSON: Encodable {
    var name: String
    var new: Int
    var learning: Int
    var due: Int
    var total: Int
    var created: String
    var retention: Double
    var newPerDay: Int
    var maxReviews: Int
    var learningSteps: String
    var relearningSteps: String
    var maximumInterval: Int
    var cardTypes: [String]
    var dayStartHour: Int
    var fsrsParameters: [Double]?
    /// "default", "fitted" or "set by hand".
    var fsrsParametersOrigin: String

    init(_ summary: DeckSummary) {
        let deck = summary.deck
        name = deck.name
        new = summary.counts.new
        learning = summary.counts.learning
        due = summary.counts.due
        total = summary.counts.total
        created = CommandClock.iso(deck.created)
        retention = deck.desiredRetention
        newPerDay = deck.newCardsPerDay
        maxReviews = deck.maximumReviewsPerDay
        learningSteps = StepDurations.format(deck.learningSteps)
        relearningSteps = StepDurations.format(deck.relearningSteps)
        maximumInterval = deck.maximumInterval
        cardTypes = deck.cardTypes.map(\.rawValue)
        dayStartHour = deck.dayStartHour
        fsrsParameters = deck.fsrsParameters
        fsrsParametersOrigin = DeckSettingsText.parametersOrigin(deck)
    }
}
