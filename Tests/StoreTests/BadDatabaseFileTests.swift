import Foundation
import Testing
import TifaTestSupport

@testable import Store

/// Every kind of bad database file against the store itself, where the refusal is decided: one error naming the
/// file and what is wrong with it, and the file byte for byte as it was. (`BadDatabaseTests` hands each store
/// command of the binary one of these kinds, to show every command opens the store this way.)
@Suite("Bad database files")
struct BadDatabaseFileTests {
    @Test("a bad database file is refused by name, saying what is wrong, and left as it was", arguments: BadDatabase.allCases)
    func refused(bad: BadDatabase) throws {
        let folder = try TemporaryFolder()
        let good = folder.file("good.sqlite")
        do {
            let store = try DeckStore(fileAt: good)
            try store.upsertNotes(
                sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: date("2025-03-01T08:00:00Z"))
        }
        try bad.make(at: folder.databaseURL.path, from: good.path)
        let before = DatabaseSnapshot(folder.databaseURL.path)
        let error = try #require(throws: (any Error).self) { try folder.openStore() }
        let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
        #expect(message.contains("'\(folder.databaseURL.path)'"), "\(message)")
        #expect(message.contains(bad.words), "\(message)")
        #expect(DatabaseSnapshot(folder.databaseURL.path) == before)
    }
}
