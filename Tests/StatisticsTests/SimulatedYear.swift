import Foundation
import Lexicon
import Scheduler

@testable import Store

/// A year of study simulated with the real FSRS scheduler, for the snapshot of the screen: deck 外交 with 24
/// notes (a recognition and a production card each), one note more every 16 days as articles are read, studied
/// most evenings from March 2024 with up to four new cards a day and a fortnight off in August. The learner
/// recalls a card with FSRS's own probability, a little less for the notes marked hard. Seeded, so every run
/// gives the same history. Built in memory: the store's tests cover writing it.
enum SimulatedYear {
    static let now = beijing("2025-03-01 10:00")

    static let notes: [(term: String, kind: NoteKind, gloss: String, hard: Bool)] = [
        ("同舟共济", .idiom, "to pull together in times of trouble", false),
        ("人类命运共同体", .formulation, "community with a shared future for mankind", false),
        ("行百里者半九十", .saying, "the last leg of a journey marks the halfway point", true),
        ("两个一百年", .formulation, "the Two Centenary Goals", false),
        ("上海精神", .formulation, "the Shanghai Spirit", false),
        ("和平共处五项原则", .formulation, "the Five Principles of Peaceful Coexistence", true),
        ("外交部", .organisation, "Ministry of Foreign Affairs", false),
        ("国务委员", .title, "State Councilor", false),
        ("一带一路", .formulation, "the Belt and Road Initiative", false),
        ("求同存异", .idiom, "to seek common ground while reserving differences", false),
        ("互利共赢", .formulation, "mutual benefit and win-win results", false),
        ("尽锐出战", .idiom, "to send the best troops into battle", true),
        ("不忘初心", .formulation, "to stay true to the original aspiration", false),
        ("三股势力", .formulation, "the three evil forces", false),
        ("全过程人民民主", .formulation, "whole-process people's democracy", true),
        ("新型大国关系", .formulation, "a new model of major-country relations", false),
        ("海纳百川", .idiom, "the sea takes in all rivers", false),
        ("中共中央政治局", .organisation, "Political Bureau of the CPC Central Committee", false),
        ("总书记", .title, "General Secretary", false),
        ("全面建成小康社会", .formulation, "to finish building a moderately prosperous society in all respects", true),
        ("君子和而不同", .saying, "the gentleman seeks harmony, not uniformity", false),
        ("合作共赢", .formulation, "win-win cooperation", false),
        ("亚信会议", .name, "Conference on Interaction and Confidence-Building Measures in Asia", false),
        ("和平发展", .term, "peaceful development", false),
    ]

    static func history() throws -> StudyHistory {
        var random = SplitMix64(seed: 2025)
        let scheduler = Scheduler(
            parameters: try SchedulerParameters(
                weights: SchedulerParameters.defaultWeights, desiredRetention: 0.9,
                learningSteps: [.seconds(60), .seconds(600)], relearningSteps: [.seconds(600)], maximumInterval: 36500,
                isFuzzEnabled: true))
        let start = beijing("2024-03-04 20:00")
        let deck = Deck(id: 1, name: "外交", created: start.addingTimeInterval(-86400))
        var listings: [CardListing] = []
        for (index, entry) in notes.enumerated() {
            let note = Note(
                id: Int64(index + 1), deckID: 1, guid: "g\(index)", term: entry.term, gloss: entry.gloss,
                kind: entry.kind, created: deck.created, modified: deck.created)
            for (offset, type) in [CardType.recognition, .production].enumerated() {
                let card = Card(
                    id: Int64(index * 2 + offset + 1), noteID: note.id!, type: type, due: deck.created)
                listings.append(CardListing(card: card, note: note))
            }
        }
        var reviews: [ReviewLog] = []

        for day in 0... {
            var session = start.addingTimeInterval(Double(day) * 86400 + random.nextUnitInterval() * 5400)
            if session > now { break }
            let isLastDay = session.addingTimeInterval(86400) > now
            if isLastDay { session = beijing("2025-03-01 09:00") }
            let holiday = session >= beijing("2024-08-05 00:00") && session < beijing("2024-08-19 00:00")
            if holiday || (!isLastDay && random.nextUnitInterval() < 0.15) { continue }
            let sessionEnd = isLastDay ? now : session.addingTimeInterval(3 * 3600)
            var newLeft = 4
            var time = session
            while time < sessionEnd {
                // The card due first among those due by now; else the next new card; else a learning step soon.
                let due = listings.indices.filter { listings[$0].card.state != .new && !listings[$0].card.suspended }
                    .min { listings[$0].card.due < listings[$1].card.due }
                var pick: Int?
                if let due, listings[due].card.due <= time { pick = due }
                if pick == nil, newLeft > 0,
                    let new = listings.firstIndex(where: {
                        $0.card.state == .new && Int($0.card.noteID - 1) * 16 <= day
                    })
                {
                    pick = new
                    newLeft -= 1
                }
                if pick == nil, let due, listings[due].card.due < time.addingTimeInterval(1800),
                    listings[due].card.state.kind == .learning || listings[due].card.state.kind == .relearning
                {
                    time = listings[due].card.due
                    pick = due
                }
                guard let index = pick, time < sessionEnd else { break }
                let card = listings[index].card
                let schedulerCard = card.schedulerCard
                let recall =
                    scheduler.retrievability(of: schedulerCard, at: Timestamp(time)).map {
                        card.state.kind == .review ? $0 : 0.85
                    } ?? 0.8
                let hard = notes[Int(card.noteID) - 1].hard
                let roll = random.nextUnitInterval()
                let rating: Rating
                if roll >= recall * (hard ? 0.9 : 1) {
                    rating = .again
                } else if roll < 0.08 {
                    rating = .easy
                } else if roll < 0.18 {
                    rating = .hard
                } else {
                    rating = .good
                }
                let milliseconds = 2000 + Int(random.nextUnitInterval() * 12000)
                let outcome = scheduler.review(schedulerCard, rating: rating, now: Timestamp(time), duration: milliseconds)
                let answered = card.answered(rating, becoming: outcome.card)
                reviews.append(
                    ReviewLog(
                        cardID: card.id!, reviewedAt: time,
                        rating: rating,
                        durationMilliseconds: milliseconds, before: card, after: answered))
                listings[index].card = answered
                time = time.addingTimeInterval(Double(milliseconds) / 1000 + 2)
            }
        }
        // The learner suspended the card with the most lapses.
        if let leech = listings.indices.max(by: { listings[$0].card.lapses < listings[$1].card.lapses }) {
            listings[leech].card.suspended = true
        }
        return StudyHistory(decks: [deck], cards: listings, reviews: reviews)
    }
}
