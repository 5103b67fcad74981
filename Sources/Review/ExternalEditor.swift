import Foundation

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
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            // The command may carry arguments ("code --wait"), as git runs $EDITOR.
            process.arguments = ["-c", "\(command) \"$1\"", "tifa-edit", file.path]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw ReviewError.editorFailed(command: command, reason: "it exited with status \(process.terminationStatus)")
            }
        } catch let error as ReviewError {
            throw error
        } catch {
            throw ReviewError.editorFailed(command: command, reason: error.localizedDescription)
        }
        let edited = try String(contentsOf: file, encoding: .utf8)
        let gloss = edited.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }
            .joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return gloss.isEmpty || gloss == text ? nil : gloss
    }
}
