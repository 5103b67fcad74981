import ConsoleText
import Foundation
import Store

/// `tifa cards list` as aligned columns, printed as the store reads the rows: the first line of a
/// 100,000-card deck shows at once, and the cards are never all held.
///
/// The widths come from the first `window` rows; a deck no longer than that is aligned exactly as a table
/// of all its rows would be, and a later cell wider than its column pushes only its own line along.
struct CardListPrinter {
    /// Enough rows to align an ordinary deck exactly, few enough to read in a few milliseconds.
    static let window = 500
    static let header = ["id", "term", "pinyin", "type", "state", "due"]

    /// The list's columns, without rows.
    static func columns() -> TextColumns {
        TextColumns(header: header, alignments: [.right, .left, .left, .left, .left, .left])
    }

    private let now: Date
    private let style: TerminalStyle
    private let localTime = CommandClock.localFormatter()
    private var columns = CardListPrinter.columns()
    private var widths: [Int]?

    init(now: Date, style: TerminalStyle) {
        self.now = now
        self.style = style
    }

    mutating func add(_ listing: CardListing) {
        let cells = row(listing)
        if let widths {
            print(columns.line(cells, widths: widths))
            return
        }
        columns.rows.append(cells)
        if columns.rows.count == Self.window { printWindow() }
    }

    /// Prints the rows still held, or "No cards." when there were none.
    mutating func finish() {
        if widths != nil { return }
        if columns.rows.isEmpty {
            print("No cards.")
            return
        }
        printWindow()
    }

    private mutating func printWindow() {
        let widths = columns.widths(of: columns.rows)
        print(style.bold(columns.line(CardListPrinter.header, widths: widths)))
        for cells in columns.rows { print(columns.line(cells, widths: widths)) }
        columns.rows = []
        self.widths = widths
    }

    /// A card's cells: id, term, pinyin, type, state (with suspended or buried), due (local, or - for new).
    func row(_ listing: CardListing) -> [String] {
        let card = listing.card
        var state = CardListText.name(of: card.state.kind)
        if card.suspended { state += ", suspended" }
        if card.isBuried(at: now) { state += ", buried" }
        return [
            String(card.id ?? 0), listing.note.term, listing.note.pinyin, card.type.rawValue,
            state, card.state == .new ? "-" : localTime.string(from: card.due),
        ]
    }
}
