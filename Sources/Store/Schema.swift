import GRDB

/// The database schema, as an append-only list of migrations: once a Tifa release has written a migration,
/// it is never edited or reordered; a change of schema is a new migration at the end.
enum Schema {
    /// `PRAGMA application_id` of a Tifa database: "TIFA" in ASCII.
    static let applicationID: Int32 = 0x5449_4641

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 decks, notes, examples, cards, review log, known words", migrate: createV1)
        migrator.registerMigration("v2 where a deck's FSRS parameters come from", migrate: addParametersOrigin)
        migrator.registerMigration("v3 review log: Anki's SM-2 ease of imported answers", migrate: addAnkiEase)
        migrator.registerMigration("v4 review log indexes that hold what statistics count", migrate: coverStatistics)
        migrator.registerMigration("v5 where an example sentence has its term", migrate: addTermSpan)
        migrator.registerMigration("v6 answers counted by deck and hour, kept by triggers", migrate: tallyAnswersByHour)
        return migrator
    }

    /// The version a migrator writes into `PRAGMA user_version`: how many migrations it has.
    static func version(of migrator: DatabaseMigrator) -> Int { migrator.migrations.count }

    // A migration spells out its values (kinds, card types) instead of reading today's enums, so that it writes
    // the same schema whatever later versions add to them.
    private static func createV1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.create(table: "deck") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique().collate(.nocase)
            t.column("created", .datetime).notNull()
            t.column("desired_retention", .double).notNull().defaults(to: 0.9)
                .check { $0 > 0 && $0 < 1 }
            t.column("new_cards_per_day", .integer).notNull().defaults(to: 20).check { $0 >= 0 }
            t.column("maximum_reviews_per_day", .integer).notNull().defaults(to: 200).check { $0 >= 0 }
            t.column("learning_steps", .jsonText).notNull().defaults(to: "[60,600]")
            t.column("relearning_steps", .jsonText).notNull().defaults(to: "[600]")
            t.column("maximum_interval", .integer).notNull().defaults(to: 36500).check { $0 >= 1 }
            t.column("fsrs_parameters", .jsonText)
            t.column("card_types", .jsonText).notNull().defaults(to: #"["recognition","production"]"#)
            t.column("day_start_hour", .integer).notNull().defaults(to: 4).check { $0 >= 0 && $0 <= 23 }
        }
        try db.create(table: "note") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("deck_id", .integer).notNull().references("deck", onDelete: .cascade)
            t.column("guid", .text).notNull().unique()
            t.column("term", .text).notNull().check { length($0) > 0 }
            t.column("traditional", .text)
            t.column("pinyin", .text).notNull().defaults(to: "")
            t.column("gloss", .text).notNull().defaults(to: "")
            t.column("kind", .text).notNull().defaults(to: "term")
                .check { ["idiom", "saying", "formulation", "term", "organisation", "title", "name"].contains($0) }
            t.column("classical_source", .text)
            t.column("notes", .text).notNull().defaults(to: "")
            t.column("tags", .text).notNull().defaults(to: "")
            t.column("created", .datetime).notNull()
            t.column("modified", .datetime).notNull()
            t.uniqueKey(["deck_id", "term"])
        }
        try db.create(table: "example") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("note_id", .integer).notNull().references("note", onDelete: .cascade)
            t.column("sentence", .text).notNull().check { length($0) > 0 }
            t.column("source_title", .text)
            t.column("source_file", .text)
            t.column("source_date", .text)
            t.column("source_line", .integer)
            t.column("added", .datetime).notNull()
            t.uniqueKey(["note_id", "sentence"])
        }
        try db.create(table: "card") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("note_id", .integer).notNull().references("note", onDelete: .cascade)
            t.column("type", .text).notNull().check { ["recognition", "production", "cloze"].contains($0) }
            t.column("state", .integer).notNull().defaults(to: 0).check { $0 >= 0 && $0 <= 3 }
            t.column("step", .integer)
            t.column("stability", .double)
            t.column("difficulty", .double)
            t.column("due", .datetime).notNull()
            t.column("last_review", .datetime)
            t.column("reps", .integer).notNull().defaults(to: 0)
            t.column("lapses", .integer).notNull().defaults(to: 0)
            t.column("suspended", .boolean).notNull().defaults(to: false)
            t.column("buried_until", .datetime)
            t.uniqueKey(["note_id", "type"])
        }
        // The review queue reads cards by state: learning and review ones by due time, new ones in note order.
        try db.create(index: "card_on_state_due", on: "card", columns: ["state", "due"])
        try db.create(index: "card_on_state_note", on: "card", columns: ["state", "note_id", "id"])
        try db.create(table: "review_log") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("card_id", .integer).notNull().indexed().references("card", onDelete: .cascade)
            t.column("reviewed_at", .datetime).notNull()
            t.column("rating", .integer).notNull().check { $0 >= 1 && $0 <= 4 }
            t.column("duration_ms", .integer).notNull().defaults(to: 0)
            t.column("state_before", .integer).notNull()
            t.column("state_after", .integer).notNull()
            t.column("stability_after", .double)
            t.column("difficulty_after", .double)
            t.column("scheduled_seconds", .integer).notNull()
            t.column("previous_step", .integer)
            t.column("previous_stability", .double)
            t.column("previous_difficulty", .double)
            t.column("previous_due", .datetime).notNull()
            t.column("previous_last_review", .datetime)
            t.column("previous_reps", .integer).notNull()
            t.column("previous_lapses", .integer).notNull()
        }
        try db.create(index: "review_log_on_reviewed_at", on: "review_log", columns: ["reviewed_at"])
        try db.create(table: "known_word") { t in
            t.primaryKey("word", .text)
            t.column("added", .datetime).notNull()
        }
    }

    /// A deck's FSRS parameters were always stored (NULL: FSRS-6's defaults); v2 records whether they were fitted
    /// to the deck's reviews or typed in, and when. Parameters stored before v2 could only have been fitted.
    private static func addParametersOrigin(_ db: Database) throws {
        try db.alter(table: "deck") { t in
            t.add(column: "fsrs_parameters_origin", .text).check { $0 == nil || ["fitted", "manual"].contains($0) }
            t.add(column: "fsrs_parameters_changed", .datetime)
        }
        try db.execute(sql: "UPDATE deck SET fsrs_parameters_origin = 'fitted' WHERE fsrs_parameters IS NOT NULL")
    }

    /// `tifa stats` counts a year of answers by day and reads the recent ones' rating, state and time; one deck's
    /// answers are found by card. With those columns in the two indexes it reads no table row, where a row lookup
    /// per answer (a page per answer, when an import wrote each card's history together) took most of its time.
    /// The new indexes begin with the old ones' columns, so they serve every query the old ones did.
    private static func coverStatistics(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP INDEX review_log_on_reviewed_at;
                CREATE INDEX review_log_on_reviewed_at ON review_log(reviewed_at, card_id, rating, state_before, duration_ms);
                DROP INDEX review_log_on_card_id;
                CREATE INDEX review_log_on_card_id ON review_log(card_id, reviewed_at, rating, state_before, duration_ms);
                """)
    }

    /// An answer imported from Anki keeps the SM-2 ease Anki recorded (permille), for reference; FSRS ignores it.
    /// The extraction knows where the term stands in its sentence; a sentence from elsewhere (an import) does not.
    private static func addTermSpan(_ db: Database) throws {
        try db.alter(table: "example") { t in
            t.add(column: "term_start", .integer)
            t.add(column: "term_length", .integer)
        }
    }

    private static func addAnkiEase(_ db: Database) throws {
        try db.alter(table: "review_log") { t in
            t.add(column: "anki_ease", .integer)
        }
    }
}
