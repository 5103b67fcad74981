/// fsrs-rs's outlier filter: among the cards with one review on a later day, the (first answer, days) groups too
/// small or too unusual to estimate an initial stability from are removed, from pre-training and from training.
enum OutlierFilter {
    struct Split {
        /// Items with one review on a later day whose group was kept: what pre-training fits S0 from.
        var initial: [TrainingItem]
        /// Every item whose (first answer, days to the first review on a later day) group was not removed,
        /// in input order.
        var training: [TrainingItem]
    }

    struct Key: Hashable {
        var firstRating: Rating
        var days: Int
    }

    static func split(_ items: [TrainingItem]) -> Split {
        var groups: [Rating: [Int: [TrainingItem]]] = [:]
        for item in items where item.longTermReviewCount == 1 {
            groups[item.reviews[0].rating, default: [:]][item.target.deltaDays, default: []].append(item)
        }
        var removed = Set<Key>()
        var initial: [TrainingItem] = []
        for rating in Rating.allCases {
            guard let byDays = groups[rating] else { continue }
            let total = byDays.values.reduce(0) { $0 + $1.count }
            let threshold = max(20, total / 20)
            var removedCount = 0
            // Smallest groups first, so the rarest intervals go until a twentieth of the cards is removed.
            let ordered = byDays.sorted { ($0.value.count, $0.key) < ($1.value.count, $1.key) }
            let longestDays = rating == .easy ? 365 : 100
            for (days, group) in ordered {
                if removedCount + group.count < threshold {
                    removed.insert(Key(firstRating: rating, days: days))
                    removedCount += group.count
                } else if group.count >= 6 && days <= longestDays {
                    initial.append(contentsOf: group)
                } else {
                    removed.insert(Key(firstRating: rating, days: days))
                }
            }
        }
        let training = items.filter { item in
            guard let first = item.firstLongTermReview else { return false }
            return !removed.contains(Key(firstRating: item.reviews[0].rating, days: first.deltaDays))
        }
        return Split(initial: initial, training: training)
    }
}
