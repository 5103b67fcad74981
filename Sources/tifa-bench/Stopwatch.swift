import Foundation

/// Wall-clock timing for benchmarks (never for tests).
enum Stopwatch {
    static func seconds(_ work: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The median of `runs` timings, which is steadier than the mean on a shared machine.
    static func median(runs: Int, _ work: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs { times.append(try seconds(work)) }
        return times.sorted()[runs / 2]
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }

    static func rate(_ count: Double, _ seconds: Double, unit: String) -> String {
        String(format: count / seconds < 100 ? "%.2f %@/s" : "%.0f %@/s", count / seconds, unit)
    }
}

/// The folder holding this benchmark binary, where `swift build` also puts `tifa`.
let buildFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()

/// Runs a program and waits for it, discarding its output.
func runQuietly(_ executable: URL, _ arguments: [String], environment: [String: String]) throws {
    _ = try ChildProcess.run(executable, arguments, environment: environment, keepingOutput: false)
}
