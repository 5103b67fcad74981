import Foundation

/// How long a whole process takes to print its first line, as a person waiting at a terminal sees it: from the
/// spawn to the first newline on its standard output (a pipe), after which the process is killed. `tifa cards
/// list` and `tifa review` are judged by this, not by how long they take to finish.
enum FirstOutputLine {
    /// The median of `runs` runs, seconds.
    static func seconds(
        _ executable: URL, _ arguments: [String], environment: [String: String], input: String = "/dev/null",
        runs: Int
    ) throws -> Double {
        let times = try (0..<runs).map { _ in try once(executable, arguments, environment: environment, input: input) }
        return times.sorted()[runs / 2]
    }

    private static func once(_ executable: URL, _ arguments: [String], environment: [String: String], input: String)
        throws -> Double
    {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw CocoaError(.fileWriteUnknown) }
        let start = DispatchTime.now().uptimeNanoseconds
        let child: pid_t
        do {
            child = try ChildProcess.spawn(executable, arguments, environment: environment) { actions in
                posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
                posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
                posix_spawn_file_actions_addclose(&actions, pipe[0])
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            }
        } catch {
            close(pipe[0])
            close(pipe[1])
            throw error
        }
        close(pipe[1])
        var byte: UInt8 = 0
        var seconds: Double?
        while read(pipe[0], &byte, 1) == 1 {
            if byte == UInt8(ascii: "\n") {
                seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                break
            }
        }
        kill(child, SIGKILL)
        close(pipe[0])
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        guard let seconds else { throw CocoaError(.fileReadCorruptFile) }
        return seconds
    }
}
