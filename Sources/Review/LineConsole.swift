import ConsoleText
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The console when standard input is not a terminal: one action per line (an empty line reveals, `1`–`4`
/// rate, `u` `b` `s` `e` `?` `q` as the keys; with `--typed`, the typed answer, then an empty line to accept the
/// proposed rating or `1`–`4`; after `e`, the new gloss). Screens are printed one after the other, in colour
/// only when standard output is a terminal.
public final class LineConsole: Console {
    public let showsStyles: Bool
    public let size: ConsoleSize
    private let input: Int32
    private let output: Int32
    private var pending: [UInt8] = []
    private var ended = false

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, colour: Bool, columns: Int) {
        self.input = input
        self.output = output
        showsStyles = colour
        size = ConsoleSize(columns: columns, rows: nil)
        TerminalSignals.catchInterrupts()
    }

    public func show(_ lines: [StyledLine]) {
        DescriptorIO.write(lines.map { $0.rendered(colour: showsStyles) + "\n" }.joined() + "\n", to: output)
    }

    public func readKey() -> Key {
        switch nextLine() {
        case .line(let line):
            let action = line.trimmingCharacters(in: .whitespaces)
            if action.isEmpty { return .enter }
            guard action.count == 1, let character = action.first else { return .other }
            return .character(character)
        case .interrupted: return .interrupt
        case .end: return .endOfInput
        }
    }

    public func readLine() -> String? {
        if case .line(let line) = nextLine() { return line }
        return nil
    }

    public func edit(_ text: String, about subject: String) throws -> String? {
        guard let line = readLine()?.trimmingCharacters(in: .whitespaces), !line.isEmpty, line != text else { return nil }
        return line
    }

    private enum LineResult {
        case line(String)
        case interrupted
        case end
    }

    private func nextLine() -> LineResult {
        while true {
            if TerminalSignals.takeInterrupt() { return .interrupted }
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
            }
            if ended {
                guard !pending.isEmpty else { return .end }
                let line = String(decoding: pending, as: UTF8.self)
                pending = []
                return .line(line)
            }
            switch DescriptorIO.read(from: input) {
            case .bytes(let bytes): pending.append(contentsOf: bytes)
            case .interrupted: continue
            case .end: ended = true
            }
        }
    }
}
