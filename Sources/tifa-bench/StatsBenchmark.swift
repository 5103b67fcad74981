import Foundation

/// `tifa stats` on a studied collection: 100,000 cards of CC-CEDICT terms with about a million answers over 18
/// months, and a small second deck that `--deck big` leaves out. The collection is made first (a minute or two);
/// TIFA_BENCH_KEEP=1 leaves it in the temporary folder for a look.
enum StatsBenchmark {
    static func run() throws {
        let tifa = buildFolder.appendingPathComponent("tifa")
        guard FileManager.default.isExecutableFile(atPath: tifa.path) else {
            print("skipped: build tifa first (swift build -c release)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-stats-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if ProcessInfo.processInfo.environment["TIFA_BENCH_KEEP"] == nil { try? FileManager.default.removeItem(at: folder) } }
        let environment = ["TIFA_NOW": "2025-06-01T09:00:00Z", "TZ": "Asia/Shanghai"]
        let terms = folder.appendingPathComponent("terms.txt")
        try CedictTerms.write(count: 52_000, to: terms)
        let database = folder.appendingPathComponent("studied.sqlite")
        var size = StudiedCollection.Size(notes: 0, otherNotes: 0, reviews: 0)
        let making = try Stopwatch.seconds {
            size = try StudiedCollection.write(
                notes: 50_000, otherNotes: 2_000, days: 540, terms: terms, database: database,
                now: Date(timeIntervalSince1970: 1_748_768_400))
        }
        print(
            "collection: \(size.notes * 2) cards in big, \(size.otherNotes * 2) in other, \(size.reviews) answers"
                + " (made in \(Stopwatch.milliseconds(making)))\(ProcessInfo.processInfo.environment["TIFA_BENCH_KEEP"] == nil ? "" : ", kept: \(database.path)")"
        )
        for arguments in [["stats", "--deck", "big"], ["stats"], ["stats", "--deck", "big", "--json"]] {
            let exits = try (0..<5).map { _ in try ChildProcess.run(tifa, arguments + ["--db", database.path], environment: environment) }
            guard exits.allSatisfy({ $0.status == 0 }) else { throw CocoaError(.executableLoad) }
            let cpu = exits.map(\.cpuSeconds).sorted()[2]
            // Wall time and peak as the other whole-process figures take them (a child of this process would
            // report the collection's memory, held here, as its own peak).
            let (wall, peak) = try WholeProcessBenchmark.measure(tifa, arguments + ["--db", database.path], environment: environment)
            print(
                "tifa \(arguments.joined(separator: " ")): \(Stopwatch.milliseconds(cpu)) of CPU, \(Stopwatch.milliseconds(wall))"
                    + " wall (medians of 5), \(WholeProcessBenchmark.megabytes(peak)) peak   target <= 250 ms")
        }
        // The commands a learner starts by, on the same collection, timed to their first line of output.
        for (arguments, target) in [(["review", "--deck", "big"], "<= 50 ms"), (["cards", "list", "--deck", "big"], "<= 50 ms")] {
            let firstLine = try FirstOutputLine.seconds(tifa, arguments + ["--db", database.path], environment: environment, runs: 11)
            print("tifa \(arguments.joined(separator: " ")), first line: \(Stopwatch.milliseconds(firstLine))   target \(target) (median of 11)")
        }
    }
}
