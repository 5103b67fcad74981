import Foundation
import Store
import Testing

/// `tifa review` without a terminal: one action per line on standard input.
@Suite(.serialized) struct ReviewCommandTests {
    func review(
        _ fixture: ReviewFixture, _ arguments: [String] = [], input: String,
        at now: String? = nil
    ) throws -> TifaProcess.Result {
        try TifaProcess.run(
            ["review", "--db", fixture.database.path] + arguments, input: input,
            environment: fixture.environment(now: now))
    }

    @Test("pipe mode: an empty line reveals, a digit rates, q quits; screens and the summary on standard output")
    func pipe() throws {
        let fixture = try ReviewFixture()
        let result = try review(fixture, input: "\n3\n\n1\nq\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(result.output.contains("  1 Again 1m   2 Hard 6m   3 Good 10m   4 Easy 8d"))
        #expect(result.output.contains("  各国要【同舟共济】，共同应对挑战。"))
        #expect(!result.output.contains("\u{1B}"))
        #expect(
            result.output.hasSuffix(
                """
                Reviewed 2 cards in 0 s; again 1 (50%).
                Left for today: 0 review · 1 new; tifa review goes on where you stopped.
                2 cards in learning come back at 10:01; tifa review then.
                Tomorrow: 2 due, and 3 new.

                """))
        #expect(try fixture.answers() == ["同舟共济 3", "人类命运共同体 1"])
    }

    @Test("pipe mode ends with its input: what was answered is kept, and the next run goes on")
    func endOfInput() throws {
        let fixture = try ReviewFixture()
        #expect(try review(fixture, input: "\n4\n").status == 0)
        let next = try review(fixture, input: "\n4\n\n4\n", at: "2025-03-03T10:05:00+08:00")
        #expect(next.status == 0)
        #expect(next.output.contains("Done for today."))
        #expect(try fixture.answers() == ["同舟共济 4", "人类命运共同体 4", "上海精神 4"], "\(next.output)")
        let nothing = try review(fixture, input: "", at: "2025-03-03T10:06:00+08:00")
        #expect(nothing.output == "Nothing to review in 外交 now.\nTomorrow: 0 due, and 3 new.\n")
    }

    @Test("pipe mode with --typed: the answer line, then an empty line to accept or a digit; e then the new gloss")
    func typedPipe() throws {
        let fixture = try ReviewFixture()
        let result = try review(
            fixture, ["--typed", "--new", "2"],
            input: "tóngzhōugòngjì\n\ne\nhumanity's shared future\nren2 lei4\n1\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Enter accepts 3 Good"))
        #expect(result.output.contains("Saved the new gloss of 人类命运共同体."))
        #expect(try fixture.answers() == ["同舟共济 3", "人类命运共同体 1"])
        #expect(try fixture.store().cards(inDeckNamed: "外交")[2].note.gloss == "humanity's shared future")
    }

    @Test("errors name the deck and say what to do")
    func errors() throws {
        let fixture = try ReviewFixture()
        let missing = try review(fixture, ["--deck", "经济"], input: "")
        #expect(missing.status == 1)
        #expect(missing.error == "tifa: no deck named '经济'; tifa decks lists the decks\n")
        try fixture.store().createDeck(named: "经济", now: Date())
        let ambiguous = try review(fixture, input: "")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.error == "tifa: there are 2 decks (外交, 经济); pass --deck NAME to say which to review\n")
        let cloze = try review(fixture, ["--deck", "外交", "--mode", "cloze"], input: "")
        #expect(
            cloze.error
                == "tifa: --mode cloze reviews cloze cards, and deck '外交' makes none; add them with tifa decks set 外交 --card-types recognition,production,cloze, or pick another --mode\n"
        )
        let negative = try review(fixture, ["--deck", "外交", "--new=-1"], input: "")
        #expect(negative.status == 64)
        #expect(negative.error.contains("--new must be 0 or more"))
    }
}
