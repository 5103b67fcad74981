import Foundation
import Testing

/// The project's shared material, `../shared` beside the checkout (corpora, evaluation texts, reference tables):
/// too big to copy into the fixtures, so the tests that need it skip, saying so, on a machine without it.
public enum SharedMaterial {
    /// `../shared`, found from this file upwards (a worktree may sit deeper than the main checkout).
    public static let folder: URL? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), isFolder.boolValue {
                return candidate.standardizedFileURL
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    /// The path of `relativePath` in the shared material, when this machine has it.
    public static func path(_ relativePath: String) -> String? {
        guard let url = folder?.appendingPathComponent(relativePath),
            FileManager.default.fileExists(atPath: url.path)
        else { return nil }
        return url.path
    }

    /// Whether `relativePath` is there, for `.enabled(if:)`.
    public static func has(_ relativePath: String) -> Bool { path(relativePath) != nil }

    /// Runs a test or suite only where `relativePath` is there, and says why it skipped elsewhere.
    public static func needs(_ relativePath: String) -> ConditionTrait {
        .enabled(if: has(relativePath), "needs ../shared/\(relativePath) beside the checkout (the project's shared material)")
    }
}
