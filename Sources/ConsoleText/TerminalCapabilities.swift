import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What standard output can show: how many columns it has, and whether it can draw Unicode block elements.
public struct TerminalCapabilities: Sendable {
    public var columns: Int
    public var unicode: Bool

    public init(columns: Int, unicode: Bool) {
        self.columns = columns
        self.unicode = unicode
    }

    /// The terminal's, from the environment and the terminal driver: `COLUMNS` when set, else the window size
    /// of a terminal (TIOCGWINSZ), else 80; Unicode unless `TERM` names a console without block elements
    /// (`linux`, `vt100`…, `dumb`) or the locale (`LC_ALL`, `LC_CTYPE`, `LANG`, the first set) is not UTF-8.
    public static func standardOutput(environment: [String: String] = ProcessInfo.processInfo.environment)
        -> TerminalCapabilities
    {
        TerminalCapabilities(columns: columns(environment: environment), unicode: unicode(environment: environment))
    }

    public static func columns(environment: [String: String]) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)),
            columns > 0
        {
            return columns
        }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }

    public static func unicode(environment: [String: String]) -> Bool {
        let term = environment["TERM"] ?? ""
        if ["dumb", "linux", "vt100", "vt102", "vt220", "ansi"].contains(term) { return false }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let locale else { return true }  // no locale set: Tifa writes UTF-8 regardless (its terms are Chinese)
        let normalized = locale.lowercased().replacingOccurrences(of: "-", with: "")
        return normalized.contains("utf8")
    }
}
