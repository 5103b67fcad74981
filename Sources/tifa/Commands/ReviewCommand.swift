import ArgumentParser
import ConsoleText
import Foundation
import Review

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review today's cards: learning steps due, reviews due, then new cards.",
        discussion: """
            On a terminal: Space or Enter shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy (each with the interval \
            it gives); u undoes the last answer; b buries the card until tomorrow; s suspends it; e edits the \
            gloss in $EDITOR; ? shows the keys; q or Ctrl-C quits. Every answer is saved when it is given, and the \
            next tifa review goes on where you stopped.

            Without a terminal (a pipe), one action per line from standard input: an empty line shows the answer, \
            then 1-4, u, b, s, e (the next line is the new gloss) or q.

            Examples:
              tifa review --deck 外交
              tifa review --deck 外交 --new 5 --mode produce --typed
              printf '\\n3\\n\\n4\\nq\\n' | tifa review --deck 外交
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "The deck to review. Default: the only deck there is.")
    var deck: String?

    @Option(
        name: .customLong("new"),
        help: ArgumentHelp(
            "At most this many new cards in this session (0 for reviews only), within the deck's daily limit.",
            valueName: "n"))
    var newCards: Int?

    @Option(
        help: ArgumentHelp(
            "At most this many review cards in this session, within the deck's daily cap.", valueName: "n"))
    var limit: Int?

    @Option(help: "Which cards to ask: recognize (characters), produce (English), cloze (a sentence with a blank), or mixed.")
    var mode: ReviewMode = .mixed

    @Flag(help: "Type each answer (pinyin with tone numbers or marks, or the characters); Tifa compares it and proposes a rating.")
    var typed = false

    func validate() throws {
        if let newCards, newCards < 0 { throw ValidationError("--new must be 0 or more, not \(newCards)") }
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more, not \(limit)") }
    }

    func run() throws {
        let now = try CommandClock.now()
        let store = try self.store.open()
        let settings = ReviewSettings(
            deckName: try DeckChoice.resolve(deck, in: store), mode: mode, typed: typed, newCards: newCards,
            reviews: limit, timeZone: .current)
        let session = try ReviewSession(store: store, settings: settings, clock: RunningClock(startingAt: now))
        let colour = TerminalStyle.standardOutput.enabled
        let summary: SessionSummary
        if !session.hasCardToShow {
            summary = try session.summary()
        } else if TerminalConsole.isAvailable,
            let finished = try TerminalConsole.run(colour: colour, { try session.run(on: $0) })
        {
            summary = finished
        } else {
            summary = try session.run(on: LineConsole(colour: colour, columns: TerminalCapabilities.standardOutput().columns))
        }
        for line in summary.lines(timeZone: .current) { print(line.rendered(colour: colour)) }
    }
}

extension ReviewMode: ExpressibleByArgument {}
