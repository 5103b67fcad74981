import Foundation

/// Where a session gets the time of each answer. The real clock is read once, where the command starts, and
/// time moves on from there by the monotonic clock; tests move a clock of their own by hand.
public protocol SessionClock: AnyObject {
    func now() -> Date
}

/// A moment read once (the system clock, or `TIFA_NOW`), advanced by the monotonic clock since then, so that a
/// clock change during a session cannot reorder its answers.
public final class RunningClock: SessionClock {
    private let start: Date
    private let origin = ContinuousClock.now

    public init(startingAt start: Date) {
        self.start = start
    }

    public func now() -> Date {
        let elapsed = origin.duration(to: .now).components
        return start.addingTimeInterval(Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
    }
}
