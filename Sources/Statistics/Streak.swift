/// Days in a row with at least one answer. The current streak still stands on a day not yet studied: it runs
/// to today when today has answers, else to yesterday.
public struct Streak: Equatable, Sendable, Encodable {
    public var current: Int
    public var longest: Int

    public init(current: Int, longest: Int) {
        self.current = current
        self.longest = longest
    }

    /// The streaks in a set of study days with answers, seen from `today`.
    public init(studied days: Set<StudyDate>, today: StudyDate) {
        var end = today
        if !days.contains(end) { end = today.adding(days: -1) }
        var current = 0
        while days.contains(end.adding(days: -current)) { current += 1 }
        var longest = 0
        for day in days where !days.contains(day.adding(days: -1)) {
            var length = 1
            while days.contains(day.adding(days: length)) { length += 1 }
            longest = max(longest, length)
        }
        self.init(current: current, longest: longest)
    }
}
