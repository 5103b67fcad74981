import Foundation
import Store

/// The JSON columns of the `col` row of a schema 11 collection: its settings (`conf`), its decks (`decks`) and
/// their options (`dconf`), as Anki's `rslib/src/decks/schema11.rs` and `deckconfig/schema11.rs` read them.
enum AnkiCollectionJSON {
    /// Stable key order and unescaped slashes: the same deck gives the same bytes.
    static func text<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    struct Configuration: Encodable {
        var nextPos: Int
        var schedVer = 2
        var rollover: Int
        var creationOffset: Int
        var activeDecks: [Int64] = [1]
        var curDeck: Int64 = 1
        var curModel: Int64
        var sortType = "noteFld"
        var sortBackwards = false
        var addToCur = true
        var newSpread = 0
        var dueCounts = true
        var estTimes = true
        var collapseTime = 1200
        var timeLim = 0
    }

    struct DeckJSON: Encodable {
        var id: Int64
        var name: String
        var mod: Int64
        var conf: Int64
        var usn = -1
        var desc = ""
        var dyn = 0
        var collapsed = false
        var browserCollapsed = false
        var extendNew = 0
        var extendRev = 0
        var newToday = [0, 0]
        var revToday = [0, 0]
        var lrnToday = [0, 0]
        var timeToday = [0, 0]
    }

    /// A deck's options: Tifa's study settings in Anki's words (steps in minutes).
    struct OptionsJSON: Encodable {
        var id: Int64
        var name: String
        var mod: Int64
        var usn = -1
        var dyn = false
        var maxTaken = 60
        var autoplay = true
        var timer = 0
        var replayq = true
        var new: New
        var rev: Review
        var lapse: Lapse
        var desiredRetention: Double
        var fsrsParams6: [Double]

        struct New: Encodable {
            var perDay: Int
            var delays: [Double]
            var ints = [1, 4, 0]
            var initialFactor = 2500
            var order = 1
            var bury = false
        }

        struct Review: Encodable {
            var perDay: Int
            var maxIvl: Int
            var ease4 = 1.3
            var ivlFct = 1.0
            var hardFactor = 1.2
            var bury = false
        }

        struct Lapse: Encodable {
            var delays: [Double]
            var minInt = 1
            var mult = 0.0
            var leechAction = 1
            var leechFails = 8
        }

        init(id: Int64, name: String, mod: Int64, deck: Deck?) {
            self.id = id
            self.name = name
            self.mod = mod
            let deck = deck ?? Deck(name: name, created: Date(timeIntervalSince1970: 0))
            new = New(perDay: deck.newCardsPerDay, delays: deck.learningSteps.map { Double($0) / 60 })
            rev = Review(perDay: deck.maximumReviewsPerDay, maxIvl: deck.maximumInterval)
            lapse = Lapse(delays: deck.relearningSteps.map { Double($0) / 60 })
            desiredRetention = deck.desiredRetention
            fsrsParams6 = deck.fsrsParameters ?? []
        }
    }
}
