import Testing

@testable import Extraction

@Suite struct DocumentTitleTests {
    static let cases: [(sentence: String, title: String?)] = [
        ("香港特区立法会全票通过《维护国家安全条例》。", "维护国家安全条例"),
        ("中方愿同各方落实《区域全面经济伙伴关系协定》。", "区域全面经济伙伴关系协定"),
        // A title of more than sixteen characters is a document the text only cites (a joint statement's full
        // title): its card would push the units of the text down.
        ("两国签署《中华人民共和国和瑙鲁共和国联合声明》。", nil),
        ("国家林草局发布《中国国土绿化状况公报》。", "中国国土绿化状况公报"),
        // A magazine, a programme or a book is no document of state.
        ("《求是》杂志发表重要文章。", nil),
        ("《新闻联播》今天播出。", nil),
        // A speech's title with punctuation in it is no title a card could hold.
        ("发表重要文章《时刻保持解决大党独有难题的清醒和坚定，把党的伟大自我革命进行到底》。", nil),
    ]

    @Test(arguments: cases)
    func aDocumentsTitleIsACandidate(sentence: String, title: String?) {
        let scalars = Array(sentence.unicodeScalars)
        let found = DocumentTitles.spans(in: scalars).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.start + $0.length])) }
        #expect(found == (title.map { [$0] } ?? []), "\(found)")
    }

    @Test func aTitleNoDictionaryHasBecomesACard() throws {
        let items = try ExtractionFixture.items("国家林草局发布《中国国土绿化状况公报》，全年完成造林任务。")
        let title = try #require(items.first { $0.term == "中国国土绿化状况公报" }, "\(items.map(\.term))")
        #expect(title.glossSource == .parts)
    }
}
