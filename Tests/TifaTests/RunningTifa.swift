import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A `tifa` process started in the background (several at once, or one to kill), its output going to files so
/// that nothing can stall on a full pipe; `finish` waits for it and reports its exit status (128 + the signal
/// when a signal ended it) and output. The one way the tests run the binary (`TifaProcess.run` is a run of it to
/// its end; `PseudoTerminal` runs it on a terminal).
final class RunningTifa: @unchecked Sendable {
    /// Standard input: a file, or text written into a pipe as the process reads it (a pipe has no size to look at,
    /// which the standard-input limits are tested with).
    enum Input {
        case file(String)
        case text(String)
    }

    struct Finished {
        var result: TifaProcess.Result
        var signal: Int32?
    }

    let pid: pid_t
    private let outputPath: String
    private let errorPath: String
    private let inputWriter: Thread?

    /// A write to a pipe the process has closed (it refused its input) must be an error, not this process's end.
    private static let pipeSignalIgnored: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Starts `tifa arguments` (or, with `shell`, `/bin/sh -c "<shell>; exec tifa arguments"`) with the test
    /// cache and `environment`, in `directory` (default this process's), reading `input` (default /dev/null).
    init(
        _ arguments: [String], environment: [String: String] = [:], input: Input = .file("/dev/null"),
        directory: URL? = nil, shell: String? = nil
    ) throws {
        Self.pipeSignalIgnored
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        outputPath = folder.appendingPathComponent("stdout").path
        errorPath = folder.appendingPathComponent("stderr").path

        var variables = ProcessInfo.processInfo.environment
        variables["TIFA_CACHE_DIR"] = TifaProcess.cache.path
        variables["NO_COLOR"] = "1"
        // The default database of a command given no --db is this run's own, never the user's (a tifa of another
        // branch may have written theirs in a newer schema, and a test must not write into it).
        variables["TIFA_DB"] = nil
        variables["XDG_DATA_HOME"] = folder.appendingPathComponent("data").path
        for (key, value) in environment { variables[key] = value }
        let binary = TifaProcess.binary.path
        // A shell runs the set-up (`shell`, then a change of folder: posix_spawn has no portable chdir) and then
        // becomes tifa; without either, tifa is started directly.
        let steps = [shell, directory.map { _ in #"cd "$1" || exit 127; shift"# }].compactMap { $0 }
        let argv =
            steps.isEmpty
            ? [binary] + arguments
            : ["/bin/sh", "-c", (steps + [#"exec "$0" "$@""#]).joined(separator: "; "), binary]
                + (directory.map { [$0.path] } ?? []) + arguments

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = [-1, -1]
        switch input {
        case .file(let path):
            posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
        case .text:
            guard pipe(&pipeEnds) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], 0)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // Nothing else of this process: a child holding a parallel test's open file keeps that test's file system
        // busy, and one holding another child's input pipe keeps that child from ever reading its end.
        try Self.closeInheritedDescriptors(&actions)
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
        if pipeEnds[0] >= 0 { close(pipeEnds[0]) }
        guard status == 0 else {
            if pipeEnds[1] >= 0 { close(pipeEnds[1]) }
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO)
        }
        pid = child
        if case .text(let text) = input {
            // Written while the process runs, so a large input cannot fill the pipe and stall both.
            let end = pipeEnds[1]
            let writer = Thread {
                let bytes = Array(text.utf8)
                var written = 0
                while written < bytes.count {
                    let count = bytes[written...].withUnsafeBytes { write(end, $0.baseAddress, $0.count) }
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { break }
                    written += count
                }
                close(end)
            }
            writer.start()
            inputWriter = writer
        } else {
            inputWriter = nil
        }
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 on), a GNU extension that Swift's Glibc module
    /// does not declare.
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let addCloseFrom: AddCloseFrom? = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np").map {
        unsafeBitCast($0, to: AddCloseFrom.self)
    }

    /// Closes every descriptor from 3 up in the child, as posix_spawn's next action.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) throws {
        guard let addCloseFrom else {
            throw POSIXError(.ENOSYS, userInfo: [NSLocalizedDescriptionKey: "glibc 2.34 or later is needed"])
        }
        let status = addCloseFrom(&actions, 3)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
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
        _ arguments: [String], environment: [String: String] = [:], input: Input = .file("/dev/null"),
        directory: URL? = nil, shell: String? = nil
    ) throws -> Finished {
        try RunningTifa(arguments, environment: environment, input: input, directory: directory, shell: shell).finish()
    }
}
