import Testing

@testable import Export

@Suite("Field HTML")
struct HTMLFieldTests {
    @Test("<, > and & are escaped and every kind of line break is a <br>; tabs and quotes stay")
    func escaping() {
        #expect(HTMLField.escape("Belt & Road <BRI>") == "Belt &amp; Road &lt;BRI&gt;")
        #expect(HTMLField.escape("a\nb\r\nc\rd") == "a<br>b<br>c<br>d")
        #expect(HTMLField.escape("tab\there \"q\"") == "tab\there \"q\"")
    }

    @Test("back to text: <br> and blocks are line breaks, tags go, entities are decoded")
    func text() {
        #expect(HTMLField.text("各国要<b>同舟共济</b>。<br>两国人民") == "各国要同舟共济。\n两国人民")
        #expect(HTMLField.text("<div>one</div><div>two<br/></div>") == "one\ntwo")
        #expect(HTMLField.text("a &lt; b &amp;&amp; c &gt; d&nbsp;&#20013;&#x6587;") == "a < b && c > d 中文")
        #expect(HTMLField.text("a < b > c, <3 &unknown;") == "a < b > c, <3 &unknown;")
        #expect(HTMLField.text("  <i>spaced</i>  ") == "spaced")
    }

    @Test("text survives escaping and reading back, blank lines included")
    func roundTrip() {
        for text in ["Belt & Road <BRI>", "line one\n\nline three", "tab\tand \"quotes\"", "《孙子·九地》"] {
            #expect(HTMLField.text(HTMLField.escape(text)) == text)
        }
    }
}

@Suite("The term marked in its sentence")
struct ExampleMarkingTests {
    @Test("each occurrence of the term is bold, and of the sentence's own form of it where the extraction recorded one")
    func marksTerm() {
        #expect(AnkiNoteFields.highlighting("同舟共济", in: "同舟共济，同舟共济。") == "<b>同舟共济</b>，<b>同舟共济</b>。")
        #expect(AnkiNoteFields.highlighting("5G", writtenAs: "５Ｇ", in: "加快５Ｇ和5G建设") == "加快<b>５Ｇ</b>和<b>5G</b>建设")
        // A form holding the term (or held by it) adds nothing, so nothing is marked twice.
        #expect(AnkiNoteFields.highlighting("共同体", writtenAs: "命运共同体", in: "命运共同体") == "命运<b>共同体</b>")
        #expect(AnkiNoteFields.highlighting("a&b", in: "x a&b") == "x <b>a&amp;b</b>")
    }
}
