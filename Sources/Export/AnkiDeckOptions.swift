import Foundation
import Scheduler
import Store

/// Anki's deck options as far as Tifa's deck settings hold them: learning and relearning steps, new cards and
/// reviews a day, the longest interval, desired retention and FSRS-6 parameters. Read from a deck config's
/// protobuf `DeckConfig.Config` (schema 14 and later) or its JSON (schema 11). A value outside what Tifa's settings
/// take (Anki allows a few: no learning steps at all, a retention of 0.99) is left out, and Tifa's default stays.
extension ImportedDeckOptions {
    /// From `deck_config.config`; nil for bytes that are not a protobuf message.
    init?(ankiProtobuf data: Data) {
        guard let fields = Protobuf.fields(in: data) else { return nil }
        func number(_ field: Int) -> Int? {
            fields[field]?.last.flatMap { if case let .varint(value) = $0 { Int(clamping: value) } else { nil } }
        }
        // Field numbers of anki.deck_config.DeckConfig.Config (proto/anki/deck_config.proto).
        self.init(
            learnMinutes: Protobuf.floats(fields[1]).map(Double.init),
            relearnMinutes:
                Protobuf.floats(fields[2]).map(Double.init), newPerDay: number(9), reviewsPerDay: number(10),
            maximumInterval: number(16), desiredRetention: Protobuf.float(fields[37]).map(Self.decimal),
            fsrsParameters: Protobuf.floats(fields[6]).map(Self.decimal))
    }

    /// From one entry of schema 11's `col.dconf` JSON.
    init(ankiJSON json: [String: Any]) {
        func object(_ key: String) -> [String: Any] { json[key] as? [String: Any] ?? [:] }
        func numbers(_ value: Any?) -> [Double] { (value as? [NSNumber] ?? []).map(\.doubleValue) }
        self.init(
            learnMinutes: numbers(object("new")["delays"]), relearnMinutes: numbers(object("lapse")["delays"]),
            newPerDay: (object("new")["perDay"] as? NSNumber)?.intValue,
            reviewsPerDay: (object("rev")["perDay"] as? NSNumber)?.intValue,
            maximumInterval: (object("rev")["maxIvl"] as? NSNumber)?.intValue,
            desiredRetention: (json["desiredRetention"] as? NSNumber)?.doubleValue,
            fsrsParameters: numbers(json["fsrsParams6"]))
    }

    private init(
        learnMinutes: [Double], relearnMinutes: [Double], newPerDay: Int?, reviewsPerDay: Int?,
        maximumInterval: Int?, desiredRetention: Double?, fsrsParameters: [Double]
    ) {
        self.init()
        func seconds(_ minutes: [Double]) -> [Int]? {
            let steps = minutes.map { Int(($0 * 60).rounded()) }
            return steps.isEmpty || steps.contains { $0 <= 0 } ? nil : steps
        }
        settings.learningSteps = seconds(learnMinutes)
        settings.relearningSteps = seconds(relearnMinutes)
        settings.newCardsPerDay = newPerDay.flatMap { $0 >= 0 ? $0 : nil }
        settings.maximumReviewsPerDay = reviewsPerDay.flatMap { $0 >= 0 ? $0 : nil }
        settings.maximumInterval = maximumInterval.flatMap { (1...36_500).contains($0) ? $0 : nil }
        settings.desiredRetention = desiredRetention.flatMap { $0 > 0 && $0 < 1 ? $0 : nil }
        self.fsrsParameters = (try? SchedulerParameters(weights: fsrsParameters)) == nil ? nil : fsrsParameters
    }

    /// A protobuf `float` as the decimal Anki shows (0.85, not 0.8500000238).
    private static func decimal(_ value: Float) -> Double { Double("\(value)") ?? Double(value) }
}
