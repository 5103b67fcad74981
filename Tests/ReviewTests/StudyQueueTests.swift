import Foundation
import Review
import Scheduler
import Store
import Testing
import TifaTestSupport

@Suite("Today's queue")
struct StudyQueueTests {
    /// 10:00 in Beijing, 3 March 2025.
    let now = date("2025-03-03T02:00:00Z")

    /// Six notes (甲 … 己), each with a recognition and a production card. Ten days ago, 甲's and 乙's
    /// recognition cards went to review (甲 weakly held, due 5 days ago; 乙 firmly, due yesterday) and 丙's and
    /// 丁's into learning (丙's step due 5 minutes ago, 丁's due in 15 minutes).
    func scenario() throws -> (TemporaryFolder, DeckStore, [String: Int64]) {
        let folder = try TemporaryFolder()
        let store = try deckWith(["甲", "乙", "丙", "丁", "戊", "己"].map { NoteDraft(term: $0) }, now: now, in: folder)
        var ids: [String: Int64] = [:]
        for listing in try store.cards(inDeckNamed: "外交") {
            ids[listing.note.term + (listing.card.type == .recognition ? "" : "·p")] = listing.card.id!
        }
        let tenDaysAgo = now.addingTimeInterval(-10 * 86_400)
        func place(_ term: String, _ kind: CardState.Kind, due: Date, stability: Double) throws {
            let memory = MemoryState(stability: stability, difficulty: 5)
            try store.recordAnswer(
                cardID: ids[term]!, rating: .good,
                state: kind == .review ? .review(memory: memory) : .learning(step: 0, memory: memory), due: due,
                lastReview: tenDaysAgo, reps: 1,
                durationMilliseconds: 1000, now: tenDaysAgo)
        }
        try place("甲", .review, due: now.addingTimeInterval(-5 * 86_400), stability: 2)
        try place("乙", .review, due: now.addingTimeInterval(-86_400), stability: 30)
        try place("丙", .learning, due: now.addingTimeInterval(-300), stability: 1)
        try place("丁", .learning, due: now.addingTimeInterval(900), stability: 1)
        return (folder, store, ids)
    }

    func queue(_ store: DeckStore, limits: QueueLimits = QueueLimits(), at moment: Date? = nil) throws -> StudyQueue {
        let due = try store.dueCards(inDeckNamed: "外交", now: moment ?? now, timeZone: shanghai)
        let scheduler = try ReviewTestScheduler(due.deck)
        return StudyQueue(learning: due.learning, review: due.review, new: due.new, limits: limits) {
            scheduler.retrievability($0, at: moment ?? now)
        }
    }

    /// Takes cards off the queue the way a session does when each is answered into review.
    func order(_ queue: StudyQueue, at moment: Date, learnAhead: TimeInterval = 1200) -> [Int64] {
        var queue = queue
        var shown: [Int64] = []
        while let entry = queue.next(at: moment, learnAhead: learnAhead) {
            shown.append(entry.cardID)
            queue.remove(cardID: entry.cardID)
        }
        return shown
    }

    @Test("learning due now first, then reviews (least likely recalled first) interleaved with new cards, then learning due soon")
    func order() throws {
        let (_, store, ids) = try scenario()
        let queue = try queue(store)
        #expect(queue.counts == QueueCounts(new: 2, learning: 2, review: 2))
        #expect(order(queue, at: now) == ["丙", "甲", "戊", "乙", "己", "丁"].map { ids[$0]! })
        // Without learning ahead, 丁's step (due in 15 minutes) is not shown yet: the session ends waiting for it.
        #expect(order(queue, at: now, learnAhead: 0) == ["丙", "甲", "戊", "乙", "己"].map { ids[$0]! })
    }

    @Test("one card per note: a note in learning or in review today keeps its other cards back, to be buried")
    func siblingsHeldBack() throws {
        let (_, store, ids) = try scenario()
        var queue = try queue(store)
        // The store offers 甲 … 丁's production cards as new; their notes already have a card in the queue.
        let queued = Set((queue.learning + queue.main).map(\.cardID))
        for term in ["甲·p", "乙·p", "丙·p", "丁·p"] { #expect(!queued.contains(ids[term]!)) }
        let jia = try store.card(id: ids["甲"]!).card.noteID
        #expect(queue.takeHeldBack(noteID: jia) == [ids["甲·p"]!])
        #expect(queue.takeHeldBack(noteID: jia) == [])
    }

    @Test("a card answered into a learning step comes back when the step is due, before the reviews")
    func learningComesBack() throws {
        let (_, store, ids) = try scenario()
        var queue = try queue(store)
        let first = try #require(queue.next(at: now, learnAhead: 1200))
        let newCard = try #require(queue.main.first { $0.kind == .new })
        queue.remove(cardID: first.cardID)
        // 戊 is answered Good: its next step is in 10 minutes.
        queue.answered(newCard, state: .learning, due: now.addingTimeInterval(600), dayEnd: now.addingTimeInterval(86_400))
        #expect(queue.counts == QueueCounts(new: 1, learning: 2, review: 2))
        #expect(queue.next(at: now.addingTimeInterval(599), learnAhead: 1200)?.cardID == ids["甲"])
        #expect(queue.next(at: now.addingTimeInterval(600), learnAhead: 1200)?.cardID == ids["戊"])
        // A step that falls after the study day's end is left for tomorrow.
        var late = try self.queue(store)
        late.answered(newCard, state: .learning, due: now.addingTimeInterval(7200), dayEnd: now.addingTimeInterval(3600))
        #expect(late.entry(cardID: newCard.cardID) == nil)
    }

    @Test("limits cut reviews and new cards after siblings are set aside; a mode keeps one card type")
    func limits() throws {
        let (_, store, ids) = try scenario()
        let capped = try queue(store, limits: QueueLimits(reviews: 1, newCards: 1))
        // 乙's review was cut, so 乙 is not studied today and its new production card may come.
        #expect(order(capped, at: now) == ["丙", "甲", "乙·p", "丁"].map { ids[$0]! })
        let production = try queue(store, limits: QueueLimits(cardTypes: [.production]))
        // No production card is in learning or review, so the notes' production cards all come as new ones.
        #expect(order(production, at: now) == ["甲·p", "乙·p", "丙·p", "丁·p"].map { ids[$0]! })
    }
}
