#if os(Linux)
import Foundation
import Glibc

/// Runs the built `tifa` on a pseudo-terminal of its own, as a learner's terminal would: the program sees a
/// terminal on standard input and output (its controlling terminal, in a session of its own), the test types
/// keys into it and reads what it draws.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let pid: pid_t
    private(set) var master: Int32
    let slavePath: String
    /// Everything the program wrote, and how far the test has read it.
    private(set) var output: [UInt8] = []
    private var cursor = 0
    private var exitStatus: Int32?

    /// A hang guard, not a performance limit: a test that waits this long for a screen has failed.
    static let patience: TimeInterval = 120

    init(arguments: [String], environment: [String: String], columns: UInt16 = 80, rows: UInt16 = 24) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw Failure(description: "cannot open /dev/ptmx: errno \(errno)") }
        // TIOCSPTLCK and TIOCGPTN (the macros are not imported into Swift): unlock the pair, read its number.
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            throw Failure(description: "cannot set up the pseudo-terminal: errno \(errno)")
        }
        slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, the terminal becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(0x80))  // POSIX_SPAWN_SETSID

        let binary = TifaProcess.binary.path
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, binary, &actions, &attributes, argv, envp)
        guard status == 0 else { throw Failure(description: "posix_spawn failed: \(status)") }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            _ = try? waitForExit()
        }
        if master >= 0 { close(master) }
    }

    /// Types text (keys) into the terminal.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until `text` appears after what was read before; returns what came up to and including it.
    @discardableResult
    func waitFor(_ text: String) throws -> String {
        let wanted = Array(text.utf8)
        let deadline = Date().addingTimeInterval(Self.patience)
        while true {
            if let range = output[cursor...].firstRange(of: wanted) {
                let seen = String(decoding: output[cursor..<range.upperBound], as: UTF8.self)
                cursor = range.upperBound
                return seen
            }
            guard Date() < deadline, readSome() else {
                throw Failure(description: "'\(text)' never appeared; the terminal shows:\n\(String(decoding: output[cursor...], as: UTF8.self))")
            }
        }
    }

    /// Everything written from the last match on, once the program has ended.
    func rest() -> String {
        while readSome() {}
        defer { cursor = output.count }
        return String(decoding: output[cursor...], as: UTF8.self)
    }

    /// Waits for the program to end; its exit status, or 128 + the signal that ended it.
    @discardableResult
    func waitForExit() throws -> Int32 {
        if let exitStatus { return exitStatus }
        let deadline = Date().addingTimeInterval(Self.patience)
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            guard Date() < deadline else {
                kill(pid, SIGKILL)
                throw Failure(description: "tifa did not end")
            }
            _ = readSome(waitingMilliseconds: 20)
        }
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        exitStatus = code
        return code
    }

    /// Closes the terminal, as closing a terminal window does: the program gets SIGHUP.
    func hangUp() {
        close(master)
        master = -1
    }

    /// Reads what is there within a moment; false when the program's side is closed.
    private func readSome(waitingMilliseconds: Int32 = 100) -> Bool {
        guard master >= 0 else { return false }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, waitingMilliseconds)
        if ready <= 0 { return exitStatus == nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        if count > 0 {
            output.append(contentsOf: buffer[..<count])
            return true
        }
        return false  // EIO: every program on the terminal has closed it
    }
}
#endif
