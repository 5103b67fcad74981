import Foundation
import Scheduler

/// py-fsrs 6.3.2's results for random review histories, from Fixtures/generate_fsrs_vectors.py
/// (whose docstring explains the format and how to regenerate them).
struct ReferenceVectors {
    struct Config: Decodable {
        var weights: [Double]
        var retention: Double
        var learning_steps: [Int64]
        var relearning_steps: [Int64]
        var maximum_interval: Int

        func parameters() throws -> SchedulerParameters {
            try SchedulerParameters(
                weights: weights, desiredRetention: retention,
                learningSteps: learning_steps.map { .microseconds($0) },
                relearningSteps: relearning_steps.map { .microseconds($0) },
                maximumInterval: maximum_interval, isFuzzEnabled: false)
        }
    }

    struct Header: Decodable {
        var fsrs: String
        var histories: Int
        var configs: [Config]
    }

    struct History: Decodable {
        var config: Int
        /// Microseconds since 1970.
        var start: Int64
        var reviews: [Review]
    }

    /// `[rating, time, retrievability, state, step, stability, difficulty, due]`, times in microseconds
    /// (the review's after `start`, the due date's after the review).
    struct Review: Decodable {
        var rating: Int
        var time: Int64
        var retrievability: Double
        var state: Int
        var step: Int?
        var stability: Double
        var difficulty: Double
        var due: Int64

        init(from decoder: any Decoder) throws {
            var fields = try decoder.unkeyedContainer()
            rating = try fields.decode(Int.self)
            time = try fields.decode(Int64.self)
            retrievability = try fields.decode(Double.self)
            state = try fields.decode(Int.self)
            step = try fields.decodeNil() ? nil : fields.decode(Int.self)
            stability = try fields.decode(Double.self)
            difficulty = try fields.decode(Double.self)
            due = try fields.decode(Int64.self)
        }
    }

    var header: Header
    var histories: [History]

    static func load() throws -> ReferenceVectors {
        guard let url = Bundle.module.url(forResource: "fsrs_vectors", withExtension: "jsonl", subdirectory: "Fixtures")
        else { throw CocoaError(.fileNoSuchFile) }
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let decoder = JSONDecoder()
        let header = try decoder.decode(Header.self, from: Data(lines[0].utf8))
        let histories = try lines.dropFirst().map { try decoder.decode(History.self, from: Data($0.utf8)) }
        return ReferenceVectors(header: header, histories: histories)
    }
}
