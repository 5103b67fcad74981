/// The learner's answer to a review. The raw values are FSRS's G (1–4), which the formulas use as numbers.
public enum Rating: Int, Sendable, Hashable, CaseIterable, Codable {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4

    /// G as the formulas use it: py-fsrs does its arithmetic on the integer rating, so the same number is used here.
    var grade: Double { Double(rawValue) }
}
