import Foundation
import Store
import Testing

@testable import Export

@Suite("Anki's deck options")
struct AnkiDeckOptionsTests {
    /// `DeckConfig.Config(learn_steps=[1, 10], new_per_day=15, desired_retention=0.85).SerializeToString()` with
    /// the pinned anki 26.9.3's `anki.deck_config_pb2`.
    let protobuf = Data([
        0x0a, 0x08, 0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x20, 0x41, 0x48, 0x0f, 0xad, 0x02, 0x9a,
        0x99, 0x59, 0x3f,
    ])

    @Test("a deck config's protobuf: packed steps in minutes become seconds, a float retention its decimal")
    func fromProtobuf() throws {
        let options = try #require(ImportedDeckOptions(ankiProtobuf: protobuf))
        #expect(
            options.settings
                == DeckSettingsChange(
                    desiredRetention: 0.85, newCardsPerDay: 15,
                    learningSteps: [60, 600]))
        #expect(options.fsrsParameters == nil)
        #expect(ImportedDeckOptions(ankiProtobuf: Data([0x0a, 0x08, 0x00])) == nil)
    }

    @Test("schema 11's JSON; values Tifa's settings cannot hold are left out")
    func fromJSON() {
        let weights = SchedulerParametersFixture.weights
        let options = ImportedDeckOptions(ankiJSON: [
            "new": ["delays": [1.5, 10], "perDay": 25], "lapse": ["delays": []],
            "rev": ["perDay": 300, "maxIvl": 99_999], "desiredRetention": 1.0, "fsrsParams6": weights,
        ])
        #expect(
            options.settings
                == DeckSettingsChange(
                    newCardsPerDay: 25, maximumReviewsPerDay: 300,
                    learningSteps: [90, 600]))
        #expect(options.fsrsParameters == weights)
        let outOfBounds = ImportedDeckOptions(ankiJSON: ["fsrsParams6": weights.map { $0 * 1000 }])
        #expect(outOfBounds.fsrsParameters == nil)
    }
}

private enum SchedulerParametersFixture {
    static let weights: [Double] = [
        0.3, 1.4, 2.5, 9.0, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
}
