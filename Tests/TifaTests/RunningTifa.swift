import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A `tifa` process started in the background (several at once, or one to kill), its output going to files so
/// that nothing can stall on a full pipe; `finish` waits for it and reports its exit status (128 + the signal
/// when a signal ended it) and output.
final class RunningTifa: @unchecked Sendable {
    struct Finished {
        var result: TifaProcess.Result
        var signal: Int32?
    }

    let pid: pid_t
    private let outputPath: String
    private let errorPath: String

    /// Starts `tifa arguments` (or, with `shell`, `/bin/sh -c "<shell>; exec tifa arguments"`) with the test
    /// cache and `environment`, reading standard input from `inputFile` (default /dev/null).
    init(
        _ arguments: [String], environment: [String: String] = [:], inputFile: String = "/dev/null",
        shell: String? = nil
    ) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        outputPath = folder.appendingPathComponent("stdout").path
        errorPath = folder.appendingPathComponent("stderr").path

        var variables = ProcessInfo.processInfo.environment
        variables["TIFA_CACHE_DIR"] = TifaProcess.cache.path
        variables["NO_COLOR"] = "1"
        for (key, value) in environment { variables[key] = value }
        let binary = TifaProcess.binary.path
        let argv = shell.map { ["/bin/sh", "-c", "\($0); exec \"$0\" \"$@\"", binary] + arguments } ?? [binary] + arguments

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputFile, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in cArguments + cEnvironment { free(pointer) } }
        // As a shell starts a command: default signal actions and none blocked. The test runner may ignore or
        // block SIGINT, and both would pass to the child, which then could not be interrupted like a real one.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signal) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var child: pid_t = 0
        let status = posix_spawn(&child, argv[0], &actions, &attributes, cArguments, cEnvironment)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        pid = child
    }

    /// Whether the process has ended (without reaping it).
    var hasExited: Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == pid
    }

    func kill(_ signal: Int32 = SIGKILL) { _ = Glibc.kill(pid, signal) }

    /// What the process has written to standard error so far.
    var errorSoFar: String { String(decoding: FileManager.default.contents(atPath: errorPath) ?? Data(), as: UTF8.self) }

    /// Waits for the process to end.
    func finish() -> Finished {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal: Int32? = status & 0x7F != 0 ? status & 0x7F : nil
        let exit = signal.map { 128 + $0 } ?? (status >> 8) & 0xFF
        let output = FileManager.default.contents(atPath: outputPath) ?? Data()
        let error = FileManager.default.contents(atPath: errorPath) ?? Data()
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: outputPath).deletingLastPathComponent().path)
        return Finished(
            result: TifaProcess.Result(
                status: exit, output: String(decoding: output, as: UTF8.self),
                error: String(decoding: error, as: UTF8.self)),
            signal: signal)
    }

    /// Runs one process to its end.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], inputFile: String = "/dev/null",
        shell: String? = nil
    ) throws -> Finished {
        try RunningTifa(arguments, environment: environment, inputFile: inputFile, shell: shell).finish()
    }
}
