import Foundation
import Scheduler
import Store

/// The deck store on a 100,000-card deck: building today's review queue, and recording one answer durably
/// (card update and review log in one transaction, `synchronous = FULL`).
enum StoreBenchmark {
    static func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-store-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // TIFA_BENCH_KEEP=1 leaves the database for a look with sqlite3.
        defer { if ProcessInfo.processInfo.environment["TIFA_BENCH_KEEP"] == nil { try? FileManager.default.removeItem(at: folder) } }
        let store = try DeckStore(fileAt: folder.appendingPathComponent("tifa.sqlite"))
        let start = Date(timeIntervalSince1970: 1_735_700_000)  // 2025-01-01

        // 50,000 notes with two cards each.
        let drafts = (0..<50_000).map { number in
            NoteDraft(term: "词\(number)", pinyin: "cí", gloss: "word \(number)", examples: [ExampleDraft(sentence: "例句\(number)。")])
        }
        let setup = try Stopwatch.seconds {
            _ = try store.upsertNotes(drafts, toDeckNamed: "bench", createDeckIfMissing: true, policy: .extraction, now: start)
        }
        // A learner's spread: one card in five in review, due over the past and next 100 days, one in 500
        // learning; all answered on earlier days (today's log starts empty).
        let earlier = start.addingTimeInterval(-30 * 86_400)
        let listings = try store.cards(inDeckNamed: "bench")
        var reviewed = 0
        let spread = try Stopwatch.seconds {
            for (index, listing) in listings.enumerated() where index % 5 == 0 {
                let learning = index % 500 == 0
                let due = start.addingTimeInterval(Double((index * 7919) % 200 - 100) * 86_400 + (learning ? 600 : 0))
                let memory = MemoryState(stability: 10, difficulty: 5)
                try store.recordAnswer(
                    cardID: listing.card.id ?? 0, rating: .good,
                    state: learning ? .learning(step: 1, memory: memory) : .review(memory: memory), due: due,
                    lastReview: earlier, reps: 3, durationMilliseconds: 4000, now: earlier)
                reviewed += 1
            }
        }
        print(
            "setup: \(listings.count) cards added in \(Stopwatch.milliseconds(setup)), \(reviewed) answers recorded in \(Stopwatch.milliseconds(spread))"
        )

        var queued = 0
        let queue = try Stopwatch.median(runs: 21) {
            let due = try store.dueCards(inDeckNamed: "bench", now: start, timeZone: TimeZone(secondsFromGMT: 8 * 3600) ?? .current)
            queued = due.learning.count + due.review.count + due.new.count
        }
        print("today's queue on a 100,000-card deck:  \(Stopwatch.milliseconds(queue))   target <= 20 ms (median of 21; \(queued) cards queued)")

        let answer = try Stopwatch.median(runs: 201) {
            let listing = listings[Int.random(in: 0..<listings.count)]
            try store.recordAnswer(
                cardID: listing.card.id ?? 0, rating: .good, state: .review(memory: MemoryState(stability: 12, difficulty: 5)),
                due: start.addingTimeInterval(12 * 86_400), lastReview: start, reps: 4, durationMilliseconds: 3000,
                now: start)
        }
        print("record one answer, durable:            \(Stopwatch.milliseconds(answer))   target <= 2 ms (median of 201)")
    }
}
