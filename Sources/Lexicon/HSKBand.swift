/// The bands of the HSK 3.0 word list as the shipped data gives them.
public enum HSKBand: String, Codable, Sendable, CaseIterable {
    case entry, intermediate, advanced, supplemental

    var code: UInt8 {
        switch self {
        case .entry: 1
        case .intermediate: 2
        case .advanced: 3
        case .supplemental: 4
        }
    }

    init?(code: UInt8) {
        guard code >= 1, Int(code) <= Self.allCases.count else { return nil }
        self = Self.allCases[Int(code) - 1]
    }

    /// The HSK 3.0 levels a band covers, as learners name them.
    public var levels: String {
        switch self {
        case .entry: "1–3"
        case .intermediate: "4–6"
        case .advanced: "7–9"
        case .supplemental: "supplement"
        }
    }
}
