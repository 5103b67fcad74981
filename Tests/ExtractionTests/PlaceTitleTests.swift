import Testing

@testable import Extraction

@Suite struct PlaceTitleTests {
    /// jieba's list has 湖南省委 and 上海市委: the post begins inside that word, and the segmenter alone reads only
    /// 书记.
    @Test(arguments: [("习近平在湖南省委书记沈晓明和省长毛伟明陪同下考察。", "省委书记"), ("上海市委书记陈吉宁出席活动。", "市委书记")])
    func aPostWrittenAfterItsPlaceIsFound(sentence: String, title: String) throws {
        let post = try #require(try ExtractionFixture.items(sentence).first { $0.term == title })
        #expect(post.kind == .title && post.glossSource == .glossary)
    }
}
