/// What FSRS knows about a learner's memory of one card.
public struct MemoryState: Sendable, Hashable, Codable {
    /// Days until retrievability falls to 90 %.
    public var stability: Double
    /// How hard the card is for this learner, from 1 (easiest) to 10.
    public var difficulty: Double

    public init(stability: Double, difficulty: Double) {
        self.stability = stability
        self.difficulty = difficulty
    }
}
