import Foundation

/// ANSI colours for the screen, or none: every function returns its text unchanged when colour is off.
struct Palette: Sendable {
    let enabled: Bool

    func heading(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func bar(_ text: String) -> String { wrap(text, "36") }
    func warning(_ text: String) -> String { wrap(text, "33") }

    /// Heatmap shades in GitHub's greens, darkest for the fewest answers; no answers is dim.
    func heat(_ text: String, level: Int) -> String {
        let codes = ["2", "38;5;22", "38;5;28", "38;5;34", "38;5;40"]
        return wrap(text, codes[min(max(level, 0), codes.count - 1)])
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.trimmingCharacters(in: .whitespaces).isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
