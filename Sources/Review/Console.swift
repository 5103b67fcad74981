import ConsoleText

/// What the review session talks to: a screen to show, keys to read, a line to read for a typed answer, and a
/// text to edit. The session never touches the terminal itself, so tests drive it with a scripted console.
///
/// `TerminalConsole` is the real one (raw mode, single keys, screens that replace each other); `LineConsole`
/// reads one action per line from a pipe and prints screens one after the other.
public protocol Console: AnyObject {
    /// Columns and rows to lay a screen out in; rows are nil where screens scroll (a pipe).
    var size: ConsoleSize { get }
    /// Whether styles (colour, bold) reach the reader; the layout marks things differently without them.
    var showsStyles: Bool { get }
    /// Shows a screen in place of the last one (or after it, where screens scroll).
    func show(_ lines: [StyledLine])
    /// Waits for the next key (on a pipe, the next line stands for a key).
    func readKey() -> Key
    /// Reads a line of text below the screen shown: the typed answer. Nil when the learner quits
    /// (Ctrl-C, end of input).
    func readLine() -> String?
    /// Lets the learner edit a text (the note's gloss); nil leaves it as it was.
    func edit(_ text: String, about subject: String) throws -> String?
}

public struct ConsoleSize: Equatable, Sendable {
    public var columns: Int
    public var rows: Int?

    public init(columns: Int, rows: Int?) {
        self.columns = columns
        self.rows = rows
    }
}

/// A key as the session sees it.
public enum Key: Equatable, Sendable {
    case character(Character)
    case enter
    case backspace
    case escape
    /// A key the session has no use for (an arrow, a function key, a line of several words on a pipe).
    case other
    /// Ctrl-C, or SIGINT, SIGTERM or SIGHUP: leave like `q`.
    case interrupt
    /// Standard input ended (Ctrl-D on an empty line, the end of a pipe, a closed terminal).
    case endOfInput
    /// Ctrl-Z: the terminal console stops the process itself and answers `redraw` once it is resumed.
    case suspend
    /// The screen needs drawing again (the terminal was resized, or the process resumed after Ctrl-Z).
    case redraw
}
