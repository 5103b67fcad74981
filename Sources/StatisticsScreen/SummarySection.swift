import Statistics

/// The lines of figures at the top of the screen: cards, notes, today, streak, retention.
struct SummarySection {
    var statistics: StudyStatistics

    func lines(width: Int, glyphs: Glyphs, palette: Palette) -> [String] {
        let counts = statistics.cards
        var cardItems = [
            "\(counts.total) in all", "\(counts.new) new", "\(counts.learning) learning",
            "\(counts.young) young", "\(counts.mature) mature",
        ]
        if counts.suspended > 0 { cardItems.append("\(counts.suspended) suspended") }

        let notes = statistics.notesByKind.map { Figures.count($0.notes, $0.kind.rawValue) }
        let noteItems = ["\(statistics.notes) in all"] + notes

        let today = statistics.activity
        var todayItems = [Figures.count(today.answers, "answer") + " on " + Figures.count(today.cards, "card")]
        if let rate = today.againRate { todayItems.append("\(today.again) Again (\(Figures.percent(rate)))") }
        if today.newCards > 0 { todayItems.append(Figures.count(today.newCards, "new card")) }
        if today.answers > 0 { todayItems.append(Figures.duration(milliseconds: today.milliseconds)) }

        let streak = statistics.streak
        let streakItems = [
            Figures.count(streak.current, "day") + " in a row", "longest " + Figures.count(streak.longest, "day"),
            Figures.count(statistics.totalAnswers, "answer") + " in all",
        ]

        return [
            ("Cards", cardItems), ("Notes", noteItems), ("Today", todayItems), ("Streak", streakItems),
            ("Retention", retentionItems()),
        ]
        .flatMap { LabelledLines(label: $0, items: $1).render(width: width, glyphs: glyphs, palette: palette) }
    }

    private func retentionItems() -> [String] {
        let retention = statistics.retention
        var items: [String] = []
        if let rate = retention.trueRetention {
            items.append(
                "\(Figures.percent(rate)) true (\(retention.passed) of \(retention.reviewAnswers) "
                    + "reviews passed in \(retention.days) days)")
        } else {
            items.append("no reviews in \(retention.days) days")
        }
        if let desired = retention.desired { items.append("\(Figures.percent(desired)) desired") }
        if let recall = retention.averageRetrievability {
            items.append("\(Figures.percent(recall)) recall now (FSRS, " + Figures.count(retention.cardsWithMemory, "card") + ")")
        }
        return items
    }
}
