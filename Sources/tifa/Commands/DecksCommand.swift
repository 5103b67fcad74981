import ArgumentParser
import Foundation
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
            try reportingStoreFailures {
                let now = try CommandClock.now()
                let summaries = try store.open().deckSummaries(now: now, timeZone: .current)
                if json {
                    print(try JSONOutput.string(summaries.map(DeckJSON.init)))
                } else if summaries.isEmpty {
                    print("No decks yet; tifa decks create NAME makes one.")
                } else {
                    var table = TextColumns(header: ["deck", "new", "learning", "due", "total"],
                                            alignments: [.left, .right, .right, .right, .right])
                    for summary in summaries {
                        let counts = summary.counts
                        table.rows.append([summary.deck.name, "\(counts.new)", "\(counts.learning)", "\(counts.due)",
                                           "\(counts.total)"])
                    }
                    print(table.render(style: .standardOutput))
                }
            }
        }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an empty deck with the default settings.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The new deck's name.")
        var name: String

        func run() throws {
            try reportingStoreFailures {
                let now = try CommandClock.now()
                let deck = try store.open().createDeck(named: name, now: now)
                print("Created deck '\(deck.name)'.")
            }
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
            try reportingStoreFailures {
                let deck = try store.open().renameDeck(old, to: new)
                print("Renamed deck '\(old)' to '\(deck.name)'.")
            }
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
            try reportingStoreFailures {
                let cards = try store.open().deleteDeck(named: name, evenIfItHasCards: yes)
                print("Deleted deck '\(name)'\(cards > 0 ? " and its \(cards) card\(cards == 1 ? "" : "s")" : "").")
            }
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

        @Option(help: ArgumentHelp("Card types to make and study: recognition, production, cloze.",
                                   valueName: "types"))
        var cardTypes: String?

        @Option(help: ArgumentHelp("The local hour a study day starts at (default 4).", valueName: "hour"))
        var dayStartHour: Int?

        func validate() throws {
            let change = try self.change()
            if change.isEmpty {
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
                    throw ValidationError("--card-types: unknown card type '\(unknown.name)'; use recognition, production or cloze, separated by commas")
                }
            }
            return DeckSettingsChange(
                desiredRetention: retention, newCardsPerDay: newPerDay, maximumReviewsPerDay: maxReviews,
                learningSteps: try steps(learningSteps, "--learning-steps"),
                relearningSteps: try steps(relearningSteps, "--relearning-steps"),
                maximumInterval: maximumInterval, cardTypes: types, dayStartHour: dayStartHour)
        }

        func run() throws {
            try reportingStoreFailures {
                let now = try CommandClock.now()
                let deck = try store.open().updateDeckSettings(named: name, try change(), now: now)
                print(DeckSettingsText(deck: deck).text)
            }
        }
    }
}

/// A deck's settings, one a line.
struct DeckSettingsText {
    let deck: Deck

    var text: String {
        let lines: [(String, String)] = [
            ("retention", "\(deck.desiredRetention)"),
            ("new cards per day", "\(deck.newCardsPerDay)"),
            ("maximum reviews per day", "\(deck.maximumReviewsPerDay)"),
            ("learning steps", StepDurations.format(deck.learningSteps)),
            ("relearning steps", StepDurations.format(deck.relearningSteps)),
            ("maximum interval", "\(deck.maximumInterval) days"),
            ("card types", deck.cardTypes.map(\.rawValue).joined(separator: ", ")),
            ("day starts at", "\(deck.dayStartHour):00"),
            ("FSRS parameters", deck.fsrsParameters == nil ? "defaults" : "fitted (21)"),
        ]
        let width = lines.map(\.0.count).max() ?? 0
        let style = TerminalStyle.standardOutput
        return ([style.bold(deck.name)] + lines.map { name, value in
            "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value
        }).joined(separator: "\n")
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
    }
}
