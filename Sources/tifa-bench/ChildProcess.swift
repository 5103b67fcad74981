import Foundation

/// A program started in the background with its output in files, to be waited for (or killed) later, with its
/// exit status and peak memory from wait4. posix_spawn rather than Foundation's Process, whose own start-up and
/// polling would be counted in a timed program's time.
struct ChildProcess {
    struct Exit {
        var status: Int32
        var signal: Int32?
        var peakMemory: Int
        /// User and system CPU time, seconds: steadier than wall time on a shared machine.
        var cpuSeconds: Double
        var output: String
        var error: String
    }

    let pid: pid_t
    private let folder: URL

    /// With `keepingOutput` false, standard output and error go to /dev/null and `Exit` has them empty: a timed
    /// run then writes no files of its own.
    init(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:], input: String = "/dev/null",
        keepingOutput: Bool = true
    ) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-child-\(UUID().uuidString)")
        self.folder = folder
        if keepingOutput { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let output = { (name: String) in keepingOutput ? folder.appendingPathComponent(name).path : "/dev/null" }
        pid = try Self.spawn(executable, arguments, environment: environment) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output("out"), O_WRONLY | O_CREAT, 0o644)
            posix_spawn_file_actions_addopen(&actions, 2, output("err"), O_WRONLY | O_CREAT, 0o644)
        }
    }

    /// Starts `executable` with this process's environment and `environment` over it, its descriptors set by
    /// `arrange`; the child's id.
    static func spawn(
        _ executable: URL, _ arguments: [String], environment: [String: String],
        arrange: (inout posix_spawn_file_actions_t) -> Void
    ) throws -> pid_t {
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        arrange(&actions)
        var child: pid_t = 0
        guard posix_spawn(&child, executable.path, &actions, nil, argv, envp) == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable.path])
        }
        return child
    }

    func kill() { _ = Glibc.kill(pid, SIGKILL) }

    func wait() -> Exit {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let signal: Int32? = status & 0x7F != 0 ? status & 0x7F : nil
        let read = { (name: String) in
            String(decoding: FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data(), as: UTF8.self)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        return Exit(
            status: signal.map { 128 + $0 } ?? (status >> 8) & 0xFF, signal: signal,
            peakMemory: usage.ru_maxrss * 1024,
            cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
            output: read("out"), error: read("err"))
    }

    static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:],
        input: String = "/dev/null", keepingOutput: Bool = true
    ) throws -> Exit {
        try ChildProcess(executable, arguments, environment: environment, input: input, keepingOutput: keepingOutput).wait()
    }
}
