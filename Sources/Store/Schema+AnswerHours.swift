import GRDB

// Schema v6: the review log counted by deck and hour, kept up to date by triggers.
extension Schema {
    /// `tifa stats` counts a year of answers by study day. Walking the index on `reviewed_at` for that cost about
    /// 300 instructions an answer (a million answers: half its time), so `answer_hour` holds, for each deck and
    /// each UTC hour with answers, what the statistics count of them. The hour is the first 13 characters of the
    /// stored time ("yyyy-MM-dd HH"), which sort as the hours do; a study day starts on a whole hour in every
    /// time zone but a few, where the log itself is read for the part of an hour a day boundary cuts.
    ///
    /// An answer belongs to the deck its card's note is in now, so the triggers move its figures when a note moves
    /// to another deck or a card to another note (an update that names the column without changing it, as a
    /// record's update does, moves nothing), and take them out before a card, note or deck is deleted
    /// (SQLite deletes a parent row before its children, so the children's triggers find no deck and change
    /// nothing). A time not stored as text (no Tifa writes one) belongs to no day and is left out, as before.
    /// Values are spelt out (rating 1 is Again, state 0 new, 2 review), not read from today's enums.
    static func tallyAnswersByHour(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE answer_hour (
                    deck_id INTEGER NOT NULL,
                    hour TEXT NOT NULL,
                    answers INTEGER NOT NULL,
                    again INTEGER NOT NULL,
                    review_answers INTEGER NOT NULL,
                    passed_reviews INTEGER NOT NULL,
                    new_cards INTEGER NOT NULL,
                    duration_ms INTEGER NOT NULL,
                    PRIMARY KEY (deck_id, hour)
                ) WITHOUT ROWID;
                \(AnswerHourSQL.add(where: "TRUE"));

                CREATE TRIGGER answer_hour_after_insert AFTER INSERT ON review_log BEGIN
                    \(AnswerHourSQL.addNewRow);
                END;
                CREATE TRIGGER answer_hour_before_delete BEFORE DELETE ON review_log BEGIN
                    \(AnswerHourSQL.subtract(where: "r.id = OLD.id"));
                END;
                CREATE TRIGGER answer_hour_before_update
                BEFORE UPDATE OF card_id, reviewed_at, rating, state_before, duration_ms ON review_log
                WHEN \(AnswerHourSQL.changed) BEGIN
                    \(AnswerHourSQL.subtract(where: "r.id = OLD.id"));
                END;
                CREATE TRIGGER answer_hour_after_update
                AFTER UPDATE OF card_id, reviewed_at, rating, state_before, duration_ms ON review_log
                WHEN \(AnswerHourSQL.changed) BEGIN
                    \(AnswerHourSQL.addNewRow);
                END;

                CREATE TRIGGER answer_hour_before_card_delete BEFORE DELETE ON card BEGIN
                    \(AnswerHourSQL.subtract(where: "r.card_id = OLD.id"));
                END;
                CREATE TRIGGER answer_hour_before_card_move BEFORE UPDATE OF note_id ON card
                WHEN OLD.note_id IS NOT NEW.note_id BEGIN
                    \(AnswerHourSQL.subtract(where: "r.card_id = OLD.id"));
                END;
                CREATE TRIGGER answer_hour_after_card_move AFTER UPDATE OF note_id ON card
                WHEN OLD.note_id IS NOT NEW.note_id BEGIN
                    \(AnswerHourSQL.add(where: "r.card_id = NEW.id"));
                END;

                CREATE TRIGGER answer_hour_before_note_delete BEFORE DELETE ON note
                WHEN EXISTS (SELECT 1 FROM deck WHERE id = OLD.deck_id) BEGIN
                    \(AnswerHourSQL.subtract(where: "c.note_id = OLD.id"));
                END;
                CREATE TRIGGER answer_hour_before_note_move BEFORE UPDATE OF deck_id ON note
                WHEN OLD.deck_id IS NOT NEW.deck_id BEGIN
                    \(AnswerHourSQL.subtract(where: "c.note_id = OLD.id"));
                END;
                CREATE TRIGGER answer_hour_after_note_move AFTER UPDATE OF deck_id ON note
                WHEN OLD.deck_id IS NOT NEW.deck_id BEGIN
                    \(AnswerHourSQL.add(where: "c.note_id = NEW.id"));
                END;

                CREATE TRIGGER answer_hour_before_deck_delete BEFORE DELETE ON deck BEGIN
                    DELETE FROM answer_hour WHERE deck_id = OLD.id;
                END;
                """)
    }
}

/// The statements the v6 triggers are made of, over the answers a condition on `review_log r`, its `card c` and
/// its `note n` picks. Part of a shipped migration: never edited.
private enum AnswerHourSQL {
    static let columns = "deck_id, hour, answers, again, review_answers, passed_reviews, new_cards, duration_ms"

    /// Whether an update changed what is counted: a record's update names every column, changed or not.
    static let changed = ["card_id", "reviewed_at", "rating", "state_before", "duration_ms"]
        .map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")

    static func figures(where condition: String) -> String {
        """
        SELECT n.deck_id, substr(r.reviewed_at, 1, 13) AS hour, COUNT(*) AS answers, SUM(r.rating = 1) AS again,
               SUM(r.state_before = 2) AS review_answers, SUM(r.state_before = 2 AND r.rating != 1) AS passed_reviews,
               SUM(r.state_before = 0) AS new_cards, SUM(r.duration_ms) AS duration_ms
        FROM review_log r JOIN card c ON c.id = r.card_id JOIN note n ON n.id = c.note_id
        WHERE typeof(r.reviewed_at) = 'text' AND \(condition)
        GROUP BY n.deck_id, hour
        """
    }

    static func add(where condition: String) -> String {
        "INSERT INTO answer_hour (\(columns))\n\(figures(where: condition))\n\(onConflict)"
    }

    /// `add(where: "r.id = NEW.id")` from the trigger's row itself, without looking it up: an import of an Anki
    /// package inserts hundreds of thousands of answers.
    static let addNewRow = """
        INSERT INTO answer_hour (\(columns))
        SELECT n.deck_id, substr(NEW.reviewed_at, 1, 13), 1, NEW.rating = 1, NEW.state_before = 2,
               NEW.state_before = 2 AND NEW.rating != 1, NEW.state_before = 0, NEW.duration_ms
        FROM card c JOIN note n ON n.id = c.note_id
        WHERE c.id = NEW.card_id AND typeof(NEW.reviewed_at) = 'text'
        \(onConflict)
        """

    static let onConflict = """
        ON CONFLICT (deck_id, hour) DO UPDATE SET
            answers = answers + excluded.answers, again = again + excluded.again,
            review_answers = review_answers + excluded.review_answers,
            passed_reviews = passed_reviews + excluded.passed_reviews,
            new_cards = new_cards + excluded.new_cards, duration_ms = duration_ms + excluded.duration_ms
        """

    /// Takes the answers' figures out, and the hours left without answers (run before the answers go).
    static func subtract(where condition: String) -> String {
        """
        UPDATE answer_hour SET
            answers = answer_hour.answers - part.answers, again = answer_hour.again - part.again,
            review_answers = answer_hour.review_answers - part.review_answers,
            passed_reviews = answer_hour.passed_reviews - part.passed_reviews,
            new_cards = answer_hour.new_cards - part.new_cards,
            duration_ms = answer_hour.duration_ms - part.duration_ms
        FROM (\(figures(where: condition))) AS part
        WHERE answer_hour.deck_id = part.deck_id AND answer_hour.hour = part.hour;
        DELETE FROM answer_hour WHERE answers = 0
            AND (deck_id, hour) IN (SELECT deck_id, hour FROM (\(figures(where: condition))))
        """
    }
}
