import Testing

@testable import Article

/// Credits: the source that closes an article and the dateline or byline that opens one.
@Suite struct CreditTests {
    @Test func takesTheClosingCreditOffTheLastParagraph() throws {
        let document = try read("这些举措结合中方优势，有利于组织发展，受到普遍欢迎。 （据新华社）\n")
        #expect(document.articles[0].paragraphs.map(\.text) == ["这些举措结合中方优势，有利于组织发展，受到普遍欢迎。"])
        #expect(document.articles[0].attribution?.text == "（据新华社）")
        #expect(document.articles[0].attribution?.location.column == 28)
    }

    @Test func splitsThePageAfterACredit() throws {
        let text = "第一篇的正文。\n\n（据新华社）\n\n第二篇的正文。\n\n（完）\n"
        let document = try read(text)
        #expect(document.articles.map(\.paragraphs).map { $0.map(\.text) } == [["第一篇的正文。"], ["第二篇的正文。"]])
        #expect(document.articles.map { $0.attribution?.text } == ["（据新华社）", "（完）"])
    }

    @Test func aReportersCreditAfterTheBodyClosesTheArticle() throws {
        let document = try read("第一篇的正文。\n\n（本报记者 赵六）\n\n第二篇的正文。（记者 张三）\n")
        #expect(document.articles.map { $0.attribution?.text } == ["（本报记者赵六）", "（记者张三）"])
        #expect(document.allParagraphs == ["第一篇的正文。", "第二篇的正文。"])
    }

    @Test func takesTheDatelineOffTheFirstParagraph() throws {
        let document = try read("新华社北京6月10日电（记者 张三）国务委员兼外交部长王毅在青岛接受媒体采访。\n")
        #expect(document.articles[0].dateline?.text == "新华社北京6月10日电（记者张三）")
        #expect(document.articles[0].paragraphs.map(\.text) == ["国务委员兼外交部长王毅在青岛接受媒体采访。"])
        #expect(document.articles[0].paragraphs[0].location.column == 19)
        #expect(try read("本报讯（记者 李四）今天上午，会议在京举行。\n").articles[0].dateline?.text == "本报讯（记者李四）")
        #expect(try read("（新华社北京6月10日电）\n会议在京举行。\n").articles[0].dateline?.text == "（新华社北京6月10日电）")
    }

    @Test func startsANewArticleAtADateline() throws {
        let text = "第一篇的正文。\n\n国务院常务会议\n\n本报北京6月10日电 （记者 李四）国务院总理主持召开国务院常务会议。\n"
        let document = try read(text)
        #expect(document.articles.count == 2)
        #expect(document.articles[1].headlines.map(\.text) == ["国务院常务会议"])
        #expect(document.articles[1].dateline?.text == "本报北京6月10日电（记者李四）")
        #expect(document.articles[1].paragraphs.map(\.text) == ["国务院总理主持召开国务院常务会议。"])
    }

    @Test func aNewsServicesLineOpensEachStoryOfAWebCopy() throws {
        // CCTV's web copy of the evening news: each story a headline, then 央视网消息（新闻联播）： and its text.
        let text = "习近平同安哥拉总统会谈\n央视网消息（新闻联播）：国家主席习近平同安哥拉总统会谈。\n\n李强主持召开国务院常务会议\n央视网消息（新闻联播）：国务院总理李强主持召开国务院常务会议。\n"
        let document = try read(text)
        #expect(document.articles.map { $0.headlines.map(\.text) } == [["习近平同安哥拉总统会谈"], ["李强主持召开国务院常务会议"]])
        #expect(document.articles.map { $0.dateline?.text } == ["央视网消息（新闻联播）", "央视网消息（新闻联播）"])
        #expect(document.articles[1].paragraphs.map(\.text) == ["国务院总理李强主持召开国务院常务会议。"])
        // Just above a dateline a title is a headline however long, the page's first too.
        let long = "习近平在看望参加政协会议的民革科技界环境资源界委员时强调积极建言资政广泛凝聚共识助力中国式现代化建设"
        let titles = try read("\(long)\n央视网消息（新闻联播）：习近平看望了委员。\n\n\(long)\n央视网消息（新闻联播）：习近平参加联组会。\n")
        #expect(titles.articles.map { $0.headlines.map(\.text) } == [[long], [long]])
        #expect(titles.articles.map { $0.paragraphs.map(\.text) } == [["习近平看望了委员。"], ["习近平参加联组会。"]])
        // A long line with a full stop inside is a caption left at the end of the article before, no headline.
        let caption = "西单商业街两口记载香港、澳门屈辱历史和回归历程的大钟引人驻足，人们在这里回顾过去。（本报记者蒋铎摄）"
        let page = try read("第一篇的正文。\n\n\(caption)\n\n本报北京1月1日讯 今天上午，茶话会举行。\n")
        #expect(page.articles.map { $0.headlines.map(\.text) } == [[], []])
        // A sentence that reports news is no dateline.
        #expect(try read("据外交部消息，会谈在京举行。\n").articles[0].dateline == nil)
    }

    @Test func readsABylineUnderTheHeadline() throws {
        let document = try read("深化放管服改革\n\n（本报记者 赵六）\n\n国务院总理主持召开会议。\n")
        #expect(document.articles[0].headlines.map(\.text) == ["深化放管服改革"])
        #expect(document.articles[0].dateline?.text == "（本报记者赵六）")
        #expect(document.articles[0].paragraphs.map(\.text) == ["国务院总理主持召开会议。"])
    }

    @Test func leavesOrdinaryBracketsAndDatesAlone() throws {
        let text = "各省、自治区、直辖市和新疆生产建设兵团，中央党校（国家行政学院）设分会场。\n6月10日电视电话会议在京举行。\n（一）坚持稳中求进工作总基调。\n"
        let document = try read(text)
        #expect(document.articles.count == 1)
        #expect(document.articles[0].paragraphs.count == 3)
        #expect(document.articles[0].dateline == nil && document.articles[0].attribution == nil)
    }
}
