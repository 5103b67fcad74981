/// Where a card is in its life. Each case carries only the data that case has, so that no combination
/// py-fsrs can only guard with assertions (a Review card with a step, a learned card without memory) can be built.
public enum CardState: Sendable, Hashable {
    /// Never reviewed. py-fsrs calls this Learning at step 0 with no stability and difficulty yet.
    case new
    /// Being learnt for the first time, waiting for learning step `step`.
    case learning(step: Int, memory: MemoryState)
    /// Learnt: scheduled in whole days by the memory model.
    case review(memory: MemoryState)
    /// Forgotten in review and being learnt again, waiting for relearning step `step`.
    case relearning(step: Int, memory: MemoryState)

    /// The memory model's state, which every reviewed card has.
    public var memory: MemoryState? {
        switch self {
        case .new: nil
        case .learning(_, let memory), .review(let memory), .relearning(_, let memory): memory
        }
    }

    /// The (re)learning step being waited for; a new card waits for step 0, as in py-fsrs.
    public var step: Int? {
        switch self {
        case .new: 0
        case .learning(let step, _), .relearning(let step, _): step
        case .review: nil
        }
    }

    /// Which of the four cases this is.
    public var kind: Kind {
        switch self {
        case .new: .new
        case .learning: .learning
        case .review: .review
        case .relearning: .relearning
        }
    }

    /// A case without its data, numbered as Anki numbers a card's type (0 new … 3 relearning), which is how the
    /// deck store keeps it and how an answer's log records the state before and after.
    public enum Kind: Int, Sendable, Hashable, CaseIterable, Codable {
        case new = 0
        case learning = 1
        case review = 2
        case relearning = 3
    }

    /// The phase's name in py-fsrs's terms (its `State`), which a new card shares with learning.
    public var phase: Phase {
        switch self {
        case .new, .learning: .learning
        case .review: .review
        case .relearning: .relearning
        }
    }

    /// py-fsrs's `State`, with its raw values (Learning 1, Review 2, Relearning 3).
    public enum Phase: Int, Sendable, Hashable, CaseIterable {
        case learning = 1
        case review = 2
        case relearning = 3

        public var name: String {
            switch self {
            case .learning: "learning"
            case .review: "review"
            case .relearning: "relearning"
            }
        }
    }
}
