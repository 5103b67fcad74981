import ConsoleText
import Foundation

/// The screen's colours by what they mark, or none: every function returns its text unchanged when colour is
/// off, or when the text is only spaces (a blank cell stays free of escape sequences).
struct Palette: Sendable {
    let enabled: Bool

    func heading(_ text: String) -> String { wrap(text, .bold) }
    func dim(_ text: String) -> String { wrap(text, .dim) }
    func bar(_ text: String) -> String { wrap(text, .accent) }
    func warning(_ text: String) -> String { wrap(text, .warning) }

    /// Heatmap shades in GitHub's greens, darkest for the fewest answers; no answers is dim.
    func heat(_ text: String, level: Int) -> String { wrap(text, .heat(level)) }

    private func wrap(_ text: String, _ style: TextStyle) -> String {
        enabled && !text.trimmingCharacters(in: .whitespaces).isEmpty ? style.applied(to: text) : text
    }
}
