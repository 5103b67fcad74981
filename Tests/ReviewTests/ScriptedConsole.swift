import ConsoleText
import Foundation
import Review

/// A console that plays a script of keys and lines, moving a clock on before each, and keeps every screen shown.
final class ScriptedConsole: Console, @unchecked Sendable {
    enum Input {
        case key(Key)
        case line(String)
        /// What the learner leaves in the editor (nil: unchanged).
        case edit(String?)
    }

    let size: ConsoleSize
    let showsStyles: Bool
    private(set) var screens: [[StyledLine]] = []
    private var script: [Input]
    private let clock: ManualClock?
    private let secondsPerInput: TimeInterval

    init(
        _ script: [Input], clock: ManualClock? = nil, secondsPerInput: TimeInterval = 5,
        size: ConsoleSize = ConsoleSize(columns: 80, rows: 24), styles: Bool = false
    ) {
        self.script = script
        self.clock = clock
        self.secondsPerInput = secondsPerInput
        self.size = size
        showsStyles = styles
    }

    /// Keys from a compact text: " " or "\n" reveals, other characters are themselves.
    convenience init(keys: String, clock: ManualClock? = nil, secondsPerInput: TimeInterval = 5) {
        self.init(
            keys.map { $0 == "\n" || $0 == " " ? .key(.enter) : .key(.character($0)) }, clock: clock,
            secondsPerInput: secondsPerInput)
    }

    var lastScreen: String { screens.last.map { $0.map(\.plain).joined(separator: "\n") } ?? "" }
    var allText: String { screens.map { $0.map(\.plain).joined(separator: "\n") }.joined(separator: "\n\n") }
    var isFinished: Bool { script.isEmpty }

    func show(_ lines: [StyledLine]) { screens.append(lines) }

    func readKey() -> Key {
        guard let next = take() else { return .endOfInput }
        switch next {
        case .key(let key): return key
        case .line(let line): return line.isEmpty ? .enter : line.count == 1 ? .character(line.first!) : .other
        case .edit: return .other
        }
    }

    func readLine() -> String? {
        guard let next = take() else { return nil }
        if case .line(let line) = next { return line }
        return nil
    }

    func edit(_ text: String, about subject: String) throws -> String? {
        guard let next = take(), case .edit(let edited) = next else { return nil }
        return edited
    }

    private func take() -> Input? {
        guard !script.isEmpty else { return nil }
        clock?.advance(secondsPerInput)
        return script.removeFirst()
    }
}
