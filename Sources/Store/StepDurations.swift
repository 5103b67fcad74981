import Foundation

/// Learning and relearning steps as the learner writes them ("1m 10m 1h 1d") and as the deck keeps them
/// (seconds: [60, 600, 3600, 86400]).
public enum StepDurations {
    private static let units: [(suffix: Character, seconds: Int)] = [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]

    /// Reads steps separated by spaces or commas; each is a whole number and a unit (s, m, h, d).
    /// An empty text or "none" means no steps. The longest step allowed is 365 days.
    public static func parse(_ text: String) throws -> [Int] {
        if text.trimmingCharacters(in: .whitespaces).lowercased() == "none" { return [] }
        return try text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map { step in
            guard let unit = step.last, let seconds = units.first(where: { $0.suffix == unit })?.seconds,
                let count = Int(step.dropLast()), count > 0, count <= 365 * 86_400 / seconds
            else { throw StoreError.invalidSteps(text) }
            return count * seconds
        }
    }

    /// Writes steps in the largest unit that divides each: [60, 600, 5400] is "1m 10m 90m"; [] is "none".
    public static func format(_ steps: [Int]) -> String {
        if steps.isEmpty { return "none" }
        return steps.map { seconds in
            let unit = units.first { seconds % $0.seconds == 0 } ?? (suffix: "s", seconds: 1)
            return "\(seconds / unit.seconds)\(unit.suffix)"
        }.joined(separator: " ")
    }
}
