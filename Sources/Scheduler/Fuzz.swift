/// Spreads review intervals a little so that cards learnt together do not stay due together.
///
/// The ranges are py-fsrs's. The draw is Anki's: instead of py-fsrs's unseeded `random()`, a factor seeded from
/// the card id and its review count, so the same card answered the same way is always given the same day (a
/// learner who undoes an answer and gives it again sees the same interval), and the day is floored, so it never
/// leaves the range (py-fsrs rounds and can land one day past it).
public enum Fuzz {
    /// (start, end, factor): each day of the interval inside [start, end) widens the range by `factor` days.
    static let ranges: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, .infinity, 0.05),
    ]

    /// Intervals shorter than this many days are left alone: a day either way would be a large change.
    static let shortestFuzzedDays = 2.5

    /// The days an interval of `days` may be fuzzed to, as py-fsrs's `_get_fuzz_range` computes them.
    public static func range(days: Int, maximumInterval: Int) -> ClosedRange<Int> {
        var delta = 1.0
        for range in ranges {
            delta += range.factor * max(min(Double(days), range.end) - range.start, 0.0)
        }
        var lowest = Int((Double(days) - delta).rounded(.toNearestOrEven))
        var highest = Int((Double(days) + delta).rounded(.toNearestOrEven))
        lowest = max(2, lowest)
        highest = min(highest, maximumInterval)
        lowest = min(lowest, highest)
        return lowest...highest
    }

    /// The fuzz factor in [0, 1) for a seed, which the scheduler makes from the card id and review count.
    public static func factor(seed: UInt64) -> Double {
        var generator = SplitMix64(seed: seed)
        return generator.nextUnitInterval()
    }

    /// `days` fuzzed within `range(days:maximumInterval:)`; the same seed always gives the same day.
    public static func days(_ days: Int, maximumInterval: Int, seed: UInt64) -> Int {
        guard Double(days) >= shortestFuzzedDays else { return days }
        let range = range(days: days, maximumInterval: maximumInterval)
        let fuzzed = (Double(range.lowerBound) + factor(seed: seed) * Double(range.count)).rounded(.down)
        // A factor a hair below 1 can round up to the day past the range; that day belongs to the range's end.
        return min(Int(fuzzed), range.upperBound)
    }

    /// The seed for a card's next review: Anki's, the card id plus the reviews it has had.
    public static func seed(cardID: UInt64, reviewCount: Int) -> UInt64 {
        cardID &+ UInt64(truncatingIfNeeded: reviewCount)
    }
}
