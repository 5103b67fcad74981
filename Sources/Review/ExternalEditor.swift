import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Edits a short text in the learner's editor (`$VISUAL`, else `$EDITOR`, else vi), through a temporary file.
enum ExternalEditor {
    static func edit(_ text: String, about subject: String) throws -> String? {
        let environment = ProcessInfo.processInfo.environment
        let command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-gloss-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let template = """
            \(text)
            # The English gloss of \(subject). Save and quit to keep it; lines starting with # are left out;
            # an empty gloss keeps the one there was.

            """
        do {
            try template.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            throw ReviewError.editorFailed(command: command, reason: error.localizedDescription)
        }
        // The command may carry arguments ("code --wait"), as git runs $EDITOR.
        let status = try run(["/bin/sh", "-c", "\(command) \"$1\"", "tifa-edit", file.path], for: command)
        guard status == 0 else {
            throw ReviewError.editorFailed(command: command, reason: "it exited with status \(status)")
        }
        let edited: String
        do {
            edited = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw ReviewError.editorFailed(command: command, reason: "its file could not be read back (\(error.localizedDescription))")
        }
        let gloss = edited.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }
            .joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return gloss.isEmpty || gloss == text ? nil : gloss
    }

    /// Runs a program in this process's group, so that it owns the terminal as the foreground job (Foundation's
    /// `Process` starts a group of its own, where an editor cannot read the terminal), and waits for it.
    private static func run(_ arguments: [String], for command: String) throws -> Int32 {
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, arguments[0], nil, nil, argv, envp)
        guard spawned == 0 else {
            throw ReviewError.editorFailed(command: command, reason: String(cString: strerror(spawned)))
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            guard errno == EINTR else { return -1 }
        }
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
