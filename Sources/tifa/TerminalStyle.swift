#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Colour and emphasis for standard output, only when it is a terminal that wants them
/// (not a pipe, not `TERM=dumb`, no `NO_COLOR`).
struct TerminalStyle: Sendable {
    let enabled: Bool

    static let standardOutput = TerminalStyle(
        enabled: isatty(STDOUT_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            && ProcessInfo.processInfo.environment["TERM"] != "dumb")

    static let standardError = TerminalStyle(
        enabled: isatty(STDERR_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            && ProcessInfo.processInfo.environment["TERM"] != "dumb")

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func accent(_ text: String) -> String { wrap(text, "36") }

    /// Pinyin syllables in the usual tone colours: 1 red, 2 orange, 3 green, 4 blue, neutral grey.
    func tones(_ pinyin: String) -> String {
        guard enabled else { return pinyin }
        let codes = ["", "31", "38;5;208", "32", "34", "90"]
        return pinyin.split(separator: " ", omittingEmptySubsequences: false).map { syllable in
            wrap(String(syllable), codes[Pinyin.tone(ofMarked: syllable)])
        }.joined(separator: " ")
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

import Lexicon

/// Prints a one-line error on standard error, the way every command reports failure.
func reportError(_ message: String) {
    let style = TerminalStyle.standardError
    FileHandle.standardError.write(Data("\(style.bold("tifa:")) \(message)\n".utf8))
}
