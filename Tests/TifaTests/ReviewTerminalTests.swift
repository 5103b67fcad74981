#if os(Linux)
import Foundation
import GRDB
import Glibc
import Store
import Testing

/// `tifa review` at a real (pseudo-)terminal: raw keys in, screens out, the answers in the database.
@Suite(.serialized) struct ReviewTerminalTests {
    func start(
        _ fixture: ReviewFixture, _ arguments: [String] = [], colour: Bool = false,
        columns: UInt16 = 80
    ) throws -> PseudoTerminal {
        try PseudoTerminal(
            arguments: ["review", "--db", fixture.database.path] + arguments,
            environment: fixture.environment(colour: colour), columns: columns)
    }

    @Test("a whole session by keys: three new cards, each back after its 10-minute step, then the summary")
    func wholeSession() throws {
        let fixture = try ReviewFixture()
        let terminal = try start(fixture)
        for term in ["同舟共济", "人类命运共同体", "上海精神", "同舟共济", "人类命运共同体", "上海精神"] {
            try terminal.waitFor(term)
            try terminal.waitFor("Space show answer")
            terminal.type(" ")
            try terminal.waitFor("4 Easy")
            terminal.type("3")
        }
        #expect(try terminal.waitForExit() == 0)
        let summary = terminal.rest()
        #expect(summary.contains("Reviewed 3 cards (6 answers) in"))
        #expect(summary.contains("again 0 (0%)"))
        #expect(summary.contains("Done for today."))
        #expect(summary.contains("Tomorrow: 0 due, and 3 new."))
        #expect(try fixture.answers() == ["同舟共济 3", "人类命运共同体 3", "上海精神 3", "同舟共济 3", "人类命运共同体 3", "上海精神 3"])
        // The terminal was handed back as it was: line editing and echo on, the alternate screen left.
        var settings = termios()
        let slave = open(terminal.slavePath, O_RDWR | O_NOCTTY)
        defer { close(slave) }
        #expect(tcgetattr(slave, &settings) == 0)
        #expect(settings.c_lflag & tcflag_t(ICANON) != 0 && settings.c_lflag & tcflag_t(ECHO) != 0)
    }

    @Test("the keys on the back: undo, bury, suspend; Ctrl-C quits like q with every answer saved")
    func keysAndCtrlC() throws {
        let fixture = try ReviewFixture()
        let terminal = try start(fixture)
        try terminal.waitFor("同舟共济")
        terminal.type(" ")
        try terminal.waitFor("4 Easy")
        terminal.type("1")  // Again: back in a minute
        try terminal.waitFor("人类命运共同体")
        terminal.type("u")  // takes the Again back: 同舟共济 is shown again
        try terminal.waitFor("Undid the answer 1 to 同舟共济.")
        terminal.type(" ")
        try terminal.waitFor("4 Easy")
        terminal.type("4")
        try terminal.waitFor("人类命运共同体")
        terminal.type("b")
        try terminal.waitFor("上海精神")
        terminal.type("\u{03}")  // Ctrl-C
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.rest().contains("Reviewed 1 card in"))
        #expect(try fixture.answers() == ["同舟共济 4"])
        let buried = try fixture.store().cards(inDeckNamed: "外交").filter { $0.card.buriedUntil != nil }
        #expect(buried.map(\.note.term) == ["人类命运共同体"])
    }

    @Test("SIGKILL in the middle of a session: every answer given is in the database, which passes integrity_check")
    func killed() throws {
        let fixture = try ReviewFixture()
        let terminal = try start(fixture)
        // Three answers, each followed by the next card's screen, which is drawn only after the answer is saved.
        for next in ["人类命运共同体", "上海精神", "同舟共济"] {
            try terminal.waitFor("Space show answer")
            terminal.type(" ")
            try terminal.waitFor("4 Easy")
            terminal.type("3")
            try terminal.waitFor(next)
        }
        // A fourth answer typed, and the process killed at once, saved or not.
        try terminal.waitFor("Space show answer")
        terminal.type(" ")
        try terminal.waitFor("4 Easy")
        terminal.type("2")
        kill(terminal.pid, SIGKILL)
        #expect(try terminal.waitForExit() == 128 + SIGKILL)

        let answers = try fixture.answers()
        #expect(answers.prefix(3) == ["同舟共济 3", "人类命运共同体 3", "上海精神 3"])
        #expect(answers.count == 3 || answers == ["同舟共济 3", "人类命运共同体 3", "上海精神 3", "同舟共济 2"])
        // No half-written answer: each card has had exactly as many reviews as it has log rows.
        let store = try fixture.store()
        let logs = try store.reviewLog(inDeckNamed: "外交")
        for listing in try store.cards(inDeckNamed: "外交") {
            #expect(listing.card.reps == logs.count { $0.cardID == listing.card.id })
        }
        let database = try DatabaseQueue(path: fixture.database.path)
        #expect(try database.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
    }

    @Test("a closed terminal (SIGHUP) ends the session like q; the answers stay")
    func hangUp() throws {
        let fixture = try ReviewFixture()
        let terminal = try start(fixture)
        try terminal.waitFor("Space show answer")
        terminal.type(" ")
        try terminal.waitFor("4 Easy")
        terminal.type("4")
        try terminal.waitFor("人类命运共同体")
        terminal.hangUp()
        #expect(try terminal.waitForExit() == 0)
        #expect(try fixture.answers() == ["同舟共济 4"])
    }

    @Test("e hands the terminal to $EDITOR and takes it back; a failing editor is reported on the card")
    func editor() throws {
        let fixture = try ReviewFixture()
        let editor = fixture.folder.appendingPathComponent("editor.sh")
        try "#!/bin/sh\nsed -i '1s/.*/to cross the river in one boat/' \"$1\"\n".write(to: editor, atomically: true, encoding: .utf8)
        chmod(editor.path, 0o755)
        var environment = fixture.environment()
        environment["EDITOR"] = editor.path
        let terminal = try PseudoTerminal(arguments: ["review", "--db", fixture.database.path], environment: environment)
        try terminal.waitFor("Space show answer")
        terminal.type("e")
        try terminal.waitFor("Saved the new gloss of 同舟共济.")
        #expect(try fixture.store().cards(inDeckNamed: "外交")[0].note.gloss == "to cross the river in one boat")
        terminal.type("q")
        #expect(try terminal.waitForExit() == 0)

        environment["EDITOR"] = "false"
        let failing = try PseudoTerminal(arguments: ["review", "--db", fixture.database.path], environment: environment)
        try failing.waitFor("Space show answer")
        failing.type("e")
        try failing.waitFor("could not edit the gloss with 'false' (it exited with status 1)")
        failing.type("q")
        #expect(try failing.waitForExit() == 0)
    }

    @Test("--typed at a terminal: the answer is typed, compared, and Enter accepts the proposal; colour on a terminal")
    func typedWithColour() throws {
        let fixture = try ReviewFixture()
        let terminal = try start(fixture, ["--typed"], colour: true, columns: 60)
        try terminal.waitFor("› ")
        terminal.type("tong2 zhou1 gong3 jj")
        terminal.type("\u{7F}i4\r")  // a typo mended with Backspace
        let back = try terminal.waitFor("Enter accepts")
        #expect(back.contains("1 tone wrong: gǒng should be gòng"))
        #expect(back.contains("\u{1B}[31mzhōu\u{1B}[0m"))  // pinyin in tone colours: tone 1 red
        terminal.type("\r")
        try terminal.waitFor("› ")
        terminal.type("q\r")
        #expect(try terminal.waitForExit() == 0)
        #expect(try fixture.answers() == ["同舟共济 2"])
    }
}
#endif
