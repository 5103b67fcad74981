import Foundation

/// Runs `baselines.py` with the Python of `.venv-bench` (or `$TIFA_BENCH_VENV`), when it exists.
struct PythonBaselines {
    static let setupHint = "run Sources/tifa-bench/setup_baselines.sh to install them"
    let python: URL
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("baselines.py")

    init() {
        let venv = ProcessInfo.processInfo.environment["TIFA_BENCH_VENV"] ?? ".venv-bench"
        python = URL(fileURLWithPath: venv).appendingPathComponent("bin/python")
    }

    var available: Bool { FileManager.default.isExecutableFile(atPath: python.path) }

    /// The tool's words for each line of `file`, or nil when the baselines are not installed.
    func segmentLines(tool: String, file: URL) throws -> [[String]]? {
        guard let output = try run(["segment", tool, file.path]) else { return nil }
        return SegmentationScore.lines(output).map { $0.components(separatedBy: "  ").filter { !$0.isEmpty } }
    }

    /// Seconds for one segmentation of `file`, or nil when the baselines are not installed.
    func time(tool: String, file: URL) throws -> Double? {
        try run(["time", tool, file.path]).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// jieba's TF-IDF keywords of `file`, best first, or nil when the baselines are not installed.
    func keywords(file: URL, count: Int) throws -> [String]? {
        try run(["keywords", "jieba", file.path, String(count)]).map { $0.split(separator: "\n").map(String.init) }
    }

    private func run(_ arguments: [String]) throws -> String? {
        guard available else { return nil }
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
