import Lexicon

extension Lexicon {
    /// `report(for:)` as extraction reads a wording no dictionary has: a congress said in full is reported as its
    /// short name is (党的二十大 as 二十大: the 20th National Congress of the CPC, not 党 + 的 + 二十大), and a wording
    /// a fixed frame explains carries the frame's English (第九个五年计划, 中哈命运共同体, 十四届全国人大二次会议).
    public func reportAsExtracted(for term: String) throws -> WordReport {
        var report = try report(for: term)
        guard report.glossary == nil else { return report }
        if let name = PartyCongresses.name(in: term), let congress = try? self.report(for: name), congress.glossary != nil {
            return PartyCongresses.report(congress, of: term)
        }
        if report.composed != nil, let framed = Gloss.framedReading(of: term, pinyin: report.pinyin, lexicon: self) {
            report.framed = framed.english
            report.pinyin = framed.pinyin
        }
        return report
    }
}
