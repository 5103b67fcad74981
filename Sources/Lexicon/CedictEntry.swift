/// One line of CC-CEDICT: `傳統 传统 [chuan2 tong3] /tradition/traditional/`.
public struct CedictEntry: Equatable, Sendable {
    public var traditional: String
    public var simplified: String
    /// Numbered pinyin as CC-CEDICT writes it.
    public var pinyin: String
    public var senses: [String]

    public init(traditional: String, simplified: String, pinyin: String, senses: [String]) {
        self.traditional = traditional
        self.simplified = simplified
        self.pinyin = pinyin
        self.senses = senses
    }

    /// CC-CEDICT marks chengyu with "(idiom)" in a sense.
    public var isIdiom: Bool { senses.contains { $0.contains("(idiom)") } }

    /// Parses one entry line; nil for a line that does not have the `TRAD SIMP [PINYIN] /SENSE/` shape.
    public init?(line: Substring) {
        guard let firstSpace = line.firstIndex(of: " "),
            let open = line.firstIndex(of: "["),
            let close = line[open...].firstIndex(of: "]"),
            let slash = line[close...].firstIndex(of: "/")
        else { return nil }
        let forms = line[..<open].split(separator: " ")
        guard forms.count == 2, firstSpace < open else { return nil }
        traditional = String(forms[0])
        simplified = String(forms[1])
        pinyin = String(line[line.index(after: open)..<close])
        senses = line[slash...].split(separator: "/").map(String.init).filter { !$0.trimmingWhitespace.isEmpty }
        guard !senses.isEmpty else { return nil }
    }
}

extension StringProtocol {
    var trimmingWhitespace: Substring {
        let scalars = Substring(self)
        guard let start = scalars.firstIndex(where: { !$0.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return scalars[start...end]
    }
}
