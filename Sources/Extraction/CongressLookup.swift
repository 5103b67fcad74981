import Lexicon

extension Lexicon {
    /// `report(for:)` as extraction reads a congress said in full, which no dictionary has: 党的二十大 is reported
    /// as its short name is (二十大: the 20th National Congress of the CPC), not read from 党 + 的 + 二十大.
    public func reportReadingCongresses(for term: String) throws -> WordReport {
        let report = try report(for: term)
        guard report.glossary == nil, let name = PartyCongresses.name(in: term),
            let congress = try? self.report(for: name), congress.glossary != nil
        else { return report }
        return PartyCongresses.report(congress, of: term)
    }
}
