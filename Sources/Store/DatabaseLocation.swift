import Foundation

/// Where Tifa's database file lives: an explicit path (the CLI's `--db PATH`) wins, then `TIFA_DB`, then
/// `$XDG_DATA_HOME/tifa/tifa.sqlite`, then `~/.local/share/tifa/tifa.sqlite`.
public enum DatabaseLocation {
    static let fileName = "tifa.sqlite"

    /// The database file to open. `environment` and `homeDirectory` are parameters so tests need not touch
    /// the process's own; the CLI passes `ProcessInfo.processInfo.environment`.
    public static func resolve(
        explicitPath: String?,
        environment: [String: String],
        homeDirectory: URL = FileManager.default.homeDirectoryForCurrentUser
    ) -> URL {
        if let path = explicitPath, !path.isEmpty { return url(forPath: path) }
        if let path = environment["TIFA_DB"], !path.isEmpty { return url(forPath: path) }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        let dataHome: URL
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            dataHome = homeDirectory.appendingPathComponent(".local/share", isDirectory: true)
        }
        return dataHome.appendingPathComponent("tifa", isDirectory: true).appendingPathComponent(fileName)
    }

    private static func url(forPath path: String) -> URL {
        let expanded = NSString(string: path).expandingTildeInPath
        return URL(fileURLWithPath: expanded).standardizedFileURL
    }
}
