import ConsoleText
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The console of a learner at a terminal: single keys in raw mode, each screen drawn over the last on the
/// alternate screen, colour unless `NO_COLOR` or `TERM=dumb`.
///
/// `TerminalConsole.run` gives the terminal back as it found it however the body ends: by returning, by
/// throwing, on Ctrl-C, SIGINT, SIGTERM or SIGHUP (which end the session like `q`), on a crash; Ctrl-Z stops
/// the process with the terminal restored and takes raw mode back on `fg`. Only SIGKILL leaves it raw (`reset`
/// mends it).
public final class TerminalConsole: Console {
    public let showsStyles: Bool
    private var decoder = KeyDecoder()
    /// The screen last shown, drawn again (cut to the new width) when the terminal changes while a line is typed.
    private var lastScreen: [StyledLine] = []

    private init(colour: Bool) {
        showsStyles = colour
    }

    /// Whether standard input and standard output are both a terminal, so that this console can be used.
    public static var isAvailable: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Runs `body` with the terminal in raw mode; nil when standard input is not a terminal.
    public static func run<T>(colour: Bool, _ body: (TerminalConsole) throws -> T) rethrows -> T? {
        guard TerminalSignals.enterRawMode() else { return nil }
        defer { TerminalSignals.leaveRawMode() }
        return try body(TerminalConsole(colour: colour))
    }

    public var size: ConsoleSize {
        var window = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0 {
            return ConsoleSize(columns: Int(window.ws_col), rows: window.ws_row > 0 ? Int(window.ws_row) : nil)
        }
        return ConsoleSize(columns: 80, rows: 24)
    }

    public func show(_ lines: [StyledLine]) {
        lastScreen = lines
        // Home, each line cleared to its end, and whatever the last screen had below cleared.
        var text = "\u{1B}[H"
        for (index, line) in lines.enumerated() {
            text += line.rendered(colour: showsStyles) + "\u{1B}[K" + (index < lines.count - 1 ? "\n" : "")
        }
        text += "\u{1B}[J"
        Self.write(text)
    }

    public func readKey() -> Key {
        while true {
            if let key = decoder.next() {
                if key == .suspend {
                    raise(SIGTSTP)  // the stop handler restores the terminal; on fg it is taken back
                    continue
                }
                return key
            }
            if TerminalSignals.takeInterrupt() { return .interrupt }
            if TerminalSignals.takeRedraw() { return .redraw }
            switch DescriptorIO.read(from: STDIN_FILENO) {
            case .bytes(let bytes): decoder.append(bytes)
            case .interrupted: continue
            case .end: return .endOfInput  // the terminal is gone
            }
        }
    }

    public func readLine() -> String? {
        let prompt = "\n  › "
        Self.write(prompt + "\u{1B}[?25h")
        defer { Self.write("\u{1B}[?25l") }
        var text = ""
        while true {
            switch readKey() {
            case .redraw:
                let columns = size.columns
                show(lastScreen.map { TextWrap.truncate($0, width: columns - 1) })
                Self.write(prompt + text + "\u{1B}[?25h")
            case .character(let character):
                text.append(character)
                Self.write(String(character))
            case .backspace:
                if let last = text.popLast() {
                    let width = DisplayWidth.of(last)
                    Self.write(
                        String(repeating: "\u{8}", count: width) + String(repeating: " ", count: width)
                            + String(repeating: "\u{8}", count: width))
                }
            case .escape:
                let width = DisplayWidth.of(text)
                text = ""
                Self.write(String(repeating: "\u{8}", count: width) + "\u{1B}[K")
            case .enter:
                return text
            case .interrupt, .endOfInput:
                return nil
            case .other, .suspend:
                continue
            }
        }
    }

    public func edit(_ text: String, about subject: String) throws -> String? {
        try TerminalSignals.withTerminalRestored {
            try ExternalEditor.edit(text, about: subject)
        }
    }

    static func write(_ text: String) {
        DescriptorIO.write(text, to: STDOUT_FILENO)
    }
}
