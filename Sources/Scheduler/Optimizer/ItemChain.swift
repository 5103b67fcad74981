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
        var chainOfPrefix: [[TrainingReview]: Int] = [:]
        for index in longestFirst {
            let (item, weight) = items[index]
            let target = Target(index: item.reviews.count - 1, weight: weight, isRecalled: item.isRecalled)
            if let chain = chainOfPrefix[item.reviews] {
                chains[chain].targets.append(target)
                continue
            }
            for length in 2...item.reviews.count {
                chainOfPrefix[Array(item.reviews.prefix(length))] = chains.count
            }
            chains.append(ItemChain(reviews: item.reviews, targets: [target]))
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
