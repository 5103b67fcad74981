import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The runner itself: a started `tifa` must hold nothing of the test process open, or a parallel test's file
/// system stays busy after that test closed its files; and a signal must end it as it ends a command started by a
/// shell.
@Suite struct RunningTifaTests {
    @Test func childInheritsOnlyTheStandardDescriptors() throws {
        // Opened as C code would, without close-on-exec.
        let descriptor = open("/dev/null", O_RDONLY)
        try #require(descriptor > 2)
        defer { close(descriptor) }
        let run = try RunningTifa.run(["--version"], shell: "ls /proc/$$/fd >&2")
        let open = run.result.error.split(whereSeparator: \.isNewline).compactMap { Int32($0) }
        #expect(open.contains(2), "\(run.result.error)")
        #expect(!open.contains(descriptor), "descriptor \(descriptor) reached the child: \(open)")
        #expect(run.result.status == 0, "\(run.result)")
    }

    @Test func aSignalEndsTheProcessAndIsReported() throws {
        // A process that waits until it is ended; started from a test thread, which may block signals.
        let waiting = try RunningTifa(["--version"], shell: "exec sleep 60")
        waiting.kill(SIGTERM)
        let finished = waiting.finish()
        #expect(finished.signal == SIGTERM && finished.result.status == 128 + SIGTERM, "\(finished)")
    }
}
