import Foundation
import Scheduler

/// `tifa fsrs simulate`'s simulation next to fsrs-rs's `simulate` and `optimal_retention` on the same
/// configuration: default parameters and costs, 3,650 new cards learnt 10 a day for 365 days, no limits.
enum SimulationBenchmark {
    static let retentions: [Double] = [0.70, 0.73, 0.76, 0.79, 0.82, 0.85, 0.88, 0.90, 0.92, 0.94, 0.97]

    struct Row: Decodable {
        var retention: Double
        var reviewsPerDay: Double
        var minutesPerDay: Double
        var remembered: Double
        var minutesPerRemembered: Double
    }

    struct Output: Decodable {
        var rows: [Row]
        var optimalRetention: Double
    }

    static func run() throws {
        let simulation = WorkloadSimulation(
            parameters: .default, configuration: SimulationConfiguration(newCards: 3_650, days: 365, newCardsPerDay: 10),
            cards: [])
        let tifa = try retentions.map { try simulation.run(desiredRetention: $0) }
        let python = PythonBaselines()
        var other: Output?
        if python.available {
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("fsrs_rs_optimizer.py")
            let process = Process()
            process.executableURL = python.python
            process.arguments = [script.path, "simulate", "3650,10,365"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            other = try? JSONDecoder().decode(Output.self, from: data)
        }
        print("retention | reviews/day: Tifa  fsrs-rs | min/day: Tifa  fsrs-rs | remembered: Tifa  fsrs-rs | min/remembered: Tifa  fsrs-rs")
        for (index, result) in tifa.enumerated() {
            let row = other?.rows[index]
            print(
                String(
                    format: "     %.2f |        %6.1f   %6.1f |   %6.1f   %6.1f |      %6.0f   %6.0f |          %5.2f    %5.2f",
                    result.desiredRetention, result.reviewsPerDay, row?.reviewsPerDay ?? .nan, result.minutesPerDay,
                    row?.minutesPerDay ?? .nan, result.remembered, row?.remembered ?? .nan,
                    result.minutesPerRemembered, row?.minutesPerRemembered ?? .nan))
        }
        let lowest = tifa.min { $0.minutesPerRemembered < $1.minutesPerRemembered }
        print(
            String(
                format: "lowest workload: Tifa %.2f; fsrs-rs optimal_retention %.3f", lowest?.desiredRetention ?? .nan,
                other?.optimalRetention ?? .nan) + (other == nil ? " (fsrs-rs-python not installed: \(PythonBaselines.setupHint))" : ""))
    }
}
