import Foundation

@testable import Scheduler

/// fsrs-rs-python 0.9.3's `evaluate` and `compute_parameters` on small synthetic histories, from
/// Fixtures/generate_optimizer_vectors.py (whose docstring explains the format and how to regenerate them).
struct OptimizerVectors: Decodable {
    struct Evaluated: Decodable {
        var parameters: [Double]
        var logLoss: Double
        var rmseBins: Double
    }

    struct Dataset: Decodable {
        /// Each item a list of [rating, delta_t].
        var items: [[[Int]]]
        var evaluations: [Evaluated]
        var computed: [Double]

        var trainingItems: [TrainingItem] {
            items.map { item in
                TrainingItem(reviews: item.map { TrainingReview(rating: Rating(rawValue: $0[0]) ?? .again, deltaDays: $0[1]) })
            }
        }
    }

    var datasets: [Dataset]

    static func load() throws -> OptimizerVectors {
        guard
            let url = Bundle.module.url(
                forResource: "optimizer_vectors", withExtension: "json", subdirectory: "Fixtures")
        else { throw CocoaError(.fileNoSuchFile) }
        return try JSONDecoder().decode(OptimizerVectors.self, from: Data(contentsOf: url))
    }
}
