import Export
import Testing

@Suite("Delimited text as Anki's reader takes it")
struct DelimitedTextTests {
    @Test("a field is quoted only when it holds a tab, a quote or a line break, or starts with #")
    func quoting() {
        #expect(DelimitedText.line(["同舟共济", "a b", "x,y"]) == "同舟共济\ta b\tx,y")
        #expect(
            DelimitedText.line(["a\tb", "say \"hi\"", "#1", "1#", "two\nlines"])
                == "\"a\tb\"\t\"say \"\"hi\"\"\"\t\"#1\"\t1#\t\"two\nlines\"")
        #expect(DelimitedText.line(["a,b"], separator: ",") == "\"a,b\"")
    }

    @Test("records come back with the line each starts on; comments and empty lines are skipped")
    func reading() throws {
        let text = "#separator:tab\n同舟共济\t\"in the\nsame boat\"\n\n# a comment\r\n\"#1\"\t\"say \"\"hi\"\"\"\r\nlast\n"
        let records = try DelimitedText.records(in: text, separator: "\t")
        #expect(
            records == [
                .init(line: 2, fields: ["同舟共济", "in the\nsame boat"]),
                .init(line: 6, fields: ["#1", "say \"hi\""]),
                .init(line: 7, fields: ["last"]),
            ])
    }

    @Test("what the writer writes, the reader reads back")
    func roundTrip() throws {
        let rows = [["#guid", "a\tb", "\"quoted\"", "", "line\r\nbreak", "<b>粗</b> &amp;"], ["x"]]
        let text = rows.map { DelimitedText.line($0) + "\n" }.joined()
        #expect(try DelimitedText.records(in: text, separator: "\t").map(\.fields) == rows)
    }

    @Test("a quote that never closes, or text after a closing quote, names its line")
    func malformed() {
        #expect(throws: DelimitedText.Malformation.unterminatedQuote(line: 2)) {
            try DelimitedText.records(in: "a\tb\n\"open\nstill open\n", separator: "\t")
        }
        #expect(throws: DelimitedText.Malformation.textAfterQuote(line: 3)) {
            try DelimitedText.records(in: "a\nb\n\"closed\"x\tc\n", separator: "\t")
        }
    }
}
