import Foundation
import Scheduler
import Store

/// The deck's scheduler, for the retrievability a queue orders reviews by.
struct ReviewTestScheduler {
    let scheduler: Scheduler

    init(_ deck: Deck) throws {
        scheduler = Scheduler(parameters: try deck.schedulerParameters())
    }

    func retrievability(_ listing: CardListing, at moment: Date) -> Double? {
        scheduler.retrievability(of: listing.card.schedulerCard, at: Timestamp(moment))
    }
}
