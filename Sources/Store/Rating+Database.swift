import GRDB
import Scheduler

/// An answer's rating is stored as the scheduler's own raw value, FSRS's grade (1 again … 4 easy) in
/// `review_log.rating`; a number outside 1…4 fails the row's decoding, naming the column, rather than becoming
/// some other rating.
extension Rating: DatabaseValueConvertible {}
