import Scheduler

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fuzzers' source of chance: the scheduler's SplitMix64, so that a seed names an input for ever and a
/// failure reproduces from the seed printed with it; with the draws the fuzzers make.
public struct FuzzRandom: RandomNumberGenerator, Sendable {
    private var generator: SplitMix64

    public init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    public mutating func next() -> UInt64 { generator.next() }

    /// A number in 0..<bound (bound > 0).
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// True one time in `odds`.
    public mutating func oneIn(_ odds: Int) -> Bool { below(odds) == 0 }

    public mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

    public mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) } }
}

/// How many inputs each fuzz test tries: a fixed count, so a run takes seconds and always tries the same
/// inputs. `TIFA_FUZZ_SCALE=10` (as `Tests/Reliability/ci.sh` sets) tries ten times as many, from other seeds.
public enum FuzzBudget {
    public static var scale: Int {
        let text = getenv("TIFA_FUZZ_SCALE").map { String(cString: $0) } ?? ""
        return max(Int(text) ?? 1, 1)
    }

    /// `base` × the scale.
    public static func iterations(_ base: Int) -> Int { base * scale }
}
