import Foundation

/// Learning steps written the way Anki's deck options show them: `1m,10m`, `30s`, `1h`, `1d`, `1.5h`.
public enum StepNotation {
    static let units: [(suffix: Character, seconds: Int64)] = [("s", 1), ("m", 60), ("h", 3_600), ("d", 86_400)]

    /// The steps in `text`, comma-separated; an empty text (or `none`) means no steps, which py-fsrs allows.
    public static func parse(_ text: String) throws(StepNotationError) -> [Duration] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.lowercased() == "none" { return [] }
        var steps: [Duration] = []
        for item in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            let item = item.trimmingCharacters(in: .whitespaces)
            guard let unit = item.last.flatMap({ suffix in units.first { $0.suffix == suffix.lowercased().first } }),
                case let number = item.dropLast(),
                !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                let value = Double(number), value.isFinite,
                case let microseconds = (value * Double(unit.seconds) * 1_000_000).rounded(),
                microseconds < 9e18
            else { throw StepNotationError(item: item) }
            steps.append(.microseconds(Int64(microseconds)))
        }
        return steps
    }

    /// A step in the largest unit that shows it whole: `10m`, `1h`, `1d`, `330s`, `1.5s`.
    public static func format(_ step: Duration) -> String {
        let microseconds = Timestamp.microseconds(step)
        if microseconds == 0 { return "0s" }
        for unit in units.reversed() where microseconds % (unit.seconds * 1_000_000) == 0 {
            return "\(microseconds / (unit.seconds * 1_000_000))\(unit.suffix)"
        }
        return "\(Double(microseconds) / 1_000_000)s"
    }

    public static func format(_ steps: [Duration]) -> String {
        steps.isEmpty ? "none" : steps.map(format).joined(separator: ",")
    }
}

/// A step that is not a number followed by s, m, h or d.
public struct StepNotationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var item: String

    public init(item: String) {
        self.item = item
    }

    public var description: String {
        "\"\(item)\" is not a step: write a number and a unit (s, m, h or d), comma-separated, e.g. 1m,10m"
    }
}
