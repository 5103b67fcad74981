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

/// Runs a program and waits for it, discarding its output. posix_spawn rather than Foundation's Process,
/// whose own start-up and polling would be counted in the program's time.
func runQuietly(_ executable: URL, _ arguments: [String], environment: [String: String]) throws {
    let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
    let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
    let envp = variables.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable.path, &actions, nil, argv, envp) == 0 else {
        throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable.path])
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
}
