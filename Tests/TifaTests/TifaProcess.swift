import Foundation
import TifaTestSupport

/// Runs the built `tifa` binary the way a user does, capturing standard output, standard error and the exit code.
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

    static func run(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
        directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        if let directory { process.currentDirectoryURL = directory }
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        variables["TIFA_CACHE_DIR"] = cache.path
        variables["NO_COLOR"] = "1"
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let output = Pipe()
        let error = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
        try standardInput.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }
}
