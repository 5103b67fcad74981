import Foundation

/// How moments fall into numbered study days, as the statistics count them (their `StudyCalendar`). The store
/// counts the review log by study day through its index on `reviewed_at` instead of reading every answer, so
/// besides a moment's day it needs each day's first moment.
public protocol StudyDayRule {
    /// The number of the study day that contains `moment`.
    func day(of moment: Date) -> Int
    /// The first whole second of study day `day`: a moment is in `day` when it is at or after this and before
    /// `start(of: day + 1)`.
    func start(of day: Int) -> Date
}
