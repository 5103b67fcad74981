import ArgumentParser
import Foundation
import Store

/// `--db PATH`, shared by every command that uses the deck store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The database file. Default: $TIFA_DB, else $XDG_DATA_HOME/tifa/tifa.sqlite, else ~/.local/share/tifa/tifa.sqlite.",
            valueName: "path"))
    var databasePath: String?

    var databaseURL: URL {
        DatabaseLocation.resolve(explicitPath: databasePath, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the deck store, creating the file on first use.
    func open() throws -> DeckStore {
        try DeckStore(fileAt: databaseURL)
    }
}
