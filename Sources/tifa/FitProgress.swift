import Foundation
import Scheduler

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress of a fit on standard error, once it has taken more than a second: one line rewritten in place on a
/// terminal, a line per epoch otherwise. Standard output stays the result alone.
final class FitProgress {
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastShown: ContinuousClock.Instant?
    private var lastEpoch = 0
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var wroteLine = false

    init() {
        start = clock.now
    }

    func report(_ progress: Optimizer.Progress) {
        let now = clock.now
        guard now - start > .seconds(1) else { return }
        let percent = 100 * progress.step / max(progress.totalSteps, 1)
        let text = "fitting FSRS parameters: epoch \(progress.epoch) of \(progress.epochs), \(percent) %"
        if isTerminal {
            if let lastShown, now - lastShown < .milliseconds(200), progress.step < progress.totalSteps { return }
            FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
            wroteLine = true
        } else if progress.epoch != lastEpoch {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
        lastShown = now
        lastEpoch = progress.epoch
    }

    /// Ends the progress line, so that what follows starts on a line of its own.
    func finish() {
        if wroteLine { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
