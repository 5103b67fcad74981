import Foundation
import TifaTestSupport

/// Runs the built `tifa` binary the way a user does, capturing standard output, standard error and the exit code
/// (through `RunningTifa`).
struct TifaProcess {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The `tifa` next to the test bundle in the build folder (`swift test` builds it with the tests).
    static let binary: URL = {
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("tifa")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        fatalError("tifa binary not found near \(Bundle.main.bundleURL.path); run swift build first")
    }()

    /// The lexicon cache of the shipped dictionaries that every test target shares, so the index is built once.
    static let cache = ShippedDictionaries.cache

    /// Runs `tifa arguments` to its end with `input` on standard input (a pipe, empty without it).
    static func run(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
        directory: URL? = nil
    ) throws -> Result {
        try RunningTifa.run(arguments, environment: environment, input: .text(input ?? ""), directory: directory).result
    }
}
