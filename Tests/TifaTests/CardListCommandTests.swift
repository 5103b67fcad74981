import Foundation
import Testing

/// `tifa cards list --json` is printed card by card as the store reads them; the array must stay what the
/// encoder made of the whole list, empty or not.
@Suite struct CardListCommandTests {
    @Test("the streamed JSON array is the encoder's, element by element, and an empty deck's is [ and ] around an empty line")
    func jsonArray() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-cards-list-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["TIFA_DB": folder.appendingPathComponent("d.sqlite").path, "TIFA_NOW": "2026-01-01T00:00:00Z"]
        #expect(try TifaProcess.run(["decks", "create", "空"], environment: environment).status == 0)
        let empty = try TifaProcess.run(["cards", "list", "--deck", "空", "--json"], environment: environment)
        #expect(empty.status == 0)
        #expect(empty.output == "[\n\n]\n")

        let list = folder.appendingPathComponent("terms.txt")
        try "同舟共济\tin the same boat\n外交\tdiplomacy\n".write(to: list, atomically: true, encoding: .utf8)
        #expect(try TifaProcess.run(["import", list.path, "--deck", "外交"], environment: environment).status == 0)
        let listed = try TifaProcess.run(["cards", "list", "--deck", "外交", "--json"], environment: environment)
        #expect(listed.status == 0, "\(listed.error)")
        func card(_ id: Int, _ note: Int, _ term: String, _ pinyin: String, _ gloss: String, _ type: String) -> String {
            """
              {
                "due" : "2026-01-01T00:00:00Z",
                "gloss" : "\(gloss)",
                "id" : \(id),
                "lapses" : 0,
                "noteID" : \(note),
                "pinyin" : "\(pinyin)",
                "reps" : 0,
                "state" : "new",
                "suspended" : false,
                "term" : "\(term)",
                "type" : "\(type)"
              }
            """
        }
        let cards = [
            card(1, 1, "同舟共济", "tóngzhōu gòngjì", "in the same boat", "recognition"),
            card(2, 1, "同舟共济", "tóngzhōu gòngjì", "in the same boat", "production"),
            card(3, 2, "外交", "wàijiāo", "diplomacy", "recognition"),
            card(4, 2, "外交", "wàijiāo", "diplomacy", "production"),
        ]
        #expect(listed.output == "[\n" + cards.joined(separator: ",\n") + "\n]\n")
    }
}
