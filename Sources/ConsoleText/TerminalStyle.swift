import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Colour and emphasis for a line of output, only when it goes to a terminal that wants them: the one colour
/// policy of the tool (not a pipe, not `TERM=dumb`, no `NO_COLOR`).
public struct TerminalStyle: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public static let standardOutput = TerminalStyle(enabled: wantsColour(descriptor: STDOUT_FILENO))
    public static let standardError = TerminalStyle(enabled: wantsColour(descriptor: STDERR_FILENO))

    /// Whether output written to `descriptor` may be coloured: it is a terminal, `NO_COLOR` is unset or empty,
    /// and `TERM` is not `dumb`.
    public static func wantsColour(
        descriptor: Int32,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        isatty(descriptor) == 1 && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
    }

    public func bold(_ text: String) -> String { styled(text, .bold) }
    public func dim(_ text: String) -> String { styled(text, .dim) }
    public func accent(_ text: String) -> String { styled(text, .accent) }

    /// The text in `style` when colour is on and there is text to style, else the text as it is.
    public func styled(_ text: String, _ style: TextStyle) -> String {
        enabled && !text.isEmpty ? style.applied(to: text) : text
    }
}
