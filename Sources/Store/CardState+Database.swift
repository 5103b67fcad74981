import GRDB
import Scheduler

/// A card state's kind is stored as its raw value (0 new … 3 relearning) in `card.state` and in the review log's
/// `state_before` and `state_after`; a number outside 0…3 fails the row's decoding, naming the column.
extension CardState.Kind: DatabaseValueConvertible {}
