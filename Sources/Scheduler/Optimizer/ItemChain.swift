/// The items of one card: each a prefix of the longest, so that one pass over the longest item's reviews
/// predicts every target (fsrs-rs's batching with card ids, whose loss is the same sum).
///
/// Replaying each item from its first review costs the sum of the items' lengths, quadratic in a card's reviews;
/// a chain costs the longest item's length. Chains are found from the items alone, so any list of items works.
struct ItemChain {
    struct Target {
        /// Position of the target review in `reviews`.
        var index: Int
        var weight: Double
        var isRecalled: Bool
    }

    var reviews: [TrainingReview]
    /// Ordered by position.
    var targets: [Target]

    /// Chains of `items` with their recency weights, longest item first within a chain, chains in order of their
    /// longest item's length (shortest first), as fsrs-rs orders cards.
    static func make(_ items: [(item: TrainingItem, weight: Double)]) -> [ItemChain] {
        let longestFirst = items.indices.sorted {
            (-items[$0].item.reviews.count, $0) < (-items[$1].item.reviews.count, $1)
        }
        var chains: [ItemChain] = []
        var chainsOfPrefix: [[TrainingReview]: [Int]] = [:]
        // One target per position in a chain, as one card has: cards with the same first reviews (many cards
        // begin Good, Good a day later) must not pile their items into one chain, which would make one huge batch.
        var takenPositions: [Set<Int>] = []
        for index in longestFirst {
            let (item, weight) = items[index]
            let position = item.reviews.count - 1
            let target = Target(index: position, weight: weight, isRecalled: item.isRecalled)
            if let chain = chainsOfPrefix[item.reviews]?.first(where: { !takenPositions[$0].contains(position) }) {
                chains[chain].targets.append(target)
                takenPositions[chain].insert(position)
                continue
            }
            for length in 2...item.reviews.count {
                chainsOfPrefix[Array(item.reviews.prefix(length)), default: []].append(chains.count)
            }
            chains.append(ItemChain(reviews: item.reviews, targets: [target]))
            takenPositions.append([position])
        }
        for index in chains.indices { chains[index].targets.sort { $0.index < $1.index } }
        return chains.reversed()
    }

    /// Consecutive chains, each batch holding at most `size` items unless one chain alone has more; a chain is
    /// never split.
    static func batches(_ chains: [ItemChain], size: Int) -> [[ItemChain]] {
        var batches: [[ItemChain]] = []
        var current: [ItemChain] = []
        var count = 0
        for chain in chains {
            if !current.isEmpty && count + chain.targets.count > size {
                batches.append(current)
                current = []
                count = 0
            }
            current.append(chain)
            count += chain.targets.count
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }
}
