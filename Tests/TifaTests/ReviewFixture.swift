import Foundation
import Store
import TifaTestSupport

/// A deck 外交 of three notes (six cards, recognition and production) in a database file of its own, and the
/// environment that runs `tifa review` on it at 10:00 in Beijing, 3 March 2025.
final class ReviewFixture: @unchecked Sendable {
    private let scratch: TemporaryFolder
    let now = "2025-03-03T10:00:00+08:00"

    init() throws {
        scratch = try TemporaryFolder()
        let store = try DeckStore(fileAt: database)
        let created = date("2025-03-02T02:00:00Z")
        try store.upsertNotes(
            DiplomacyNotes.drafts(formulationExample: false), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: created)
    }

    var folder: URL { scratch.url }

    var database: URL { scratch.databaseURL }

    /// What the program runs with: the clock, the time zone, a cache of the test run's own.
    func environment(colour: Bool = false, now: String? = nil) -> [String: String] {
        var variables = [
            "TIFA_NOW": now ?? self.now, "TZ": "Asia/Shanghai", "TIFA_CACHE_DIR": TifaProcess.cache.path, "TERM": "xterm-256color",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/tmp",
        ]
        if !colour { variables["NO_COLOR"] = "1" }
        return variables
    }

    func store() throws -> DeckStore { try DeckStore(fileAt: database) }

    /// The review log's terms and ratings, oldest first.
    func answers() throws -> [String] {
        let store = try store()
        return try store.reviewLog(inDeckNamed: "外交").map { log in
            "\(try store.card(id: log.cardID).note.term) \(log.rating.rawValue)"
        }
    }
}
