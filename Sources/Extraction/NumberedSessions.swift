import Lexicon

/// The numbered sessions of a congress or a committee, named by term and session: 十四届全国人大二次会议 (the
/// second session of the 14th National People's Congress), 全国政协十四届二次会议, 十四届全国人大常委会第八次会议,
/// 二十届中央纪委三次全会; and the Central Committee's plenums, whose body goes unsaid: 二十届三中全会 (the third
/// plenary session of the 20th CPC Central Committee). Every March's news is full of them and no list can have them
/// all; the frame says each is one name, and its English is written from the body's.
enum NumberedSessions {
    struct Name: Equatable {
        var term: Int
        var body: String
        var session: Int
        /// A plenary session (第三次全体会议), as a commission or committee numbers its meetings.
        var isPlenary = false
    }

    static let termMark: Unicode.Scalar = "届"
    static let sessionMark: Unicode.Scalar = "次"
    static let plenaryWords = Array("全体会议".unicodeScalars)
    static let shortPlenaryWords = Array("全会".unicodeScalars)
    static let meetingWords = Array("会议".unicodeScalars)
    /// A plenum of the Central Committee after the term: 三中全会.
    static let plenumWords = Array("中全会".unicodeScalars)
    /// The body a plenum belongs to, unsaid in its name.
    static let plenumBody = "中共中央"

    /// `isBody` tells whether a word is a body that holds sessions (an organisation of the glossary).
    static func spans(in scalars: [Unicode.Scalar], words: [Word], isBody: (String) -> Bool) -> [Span] {
        // Only sentences with 届 can name one.
        guard scalars.contains(termMark) else { return [] }
        var bodyEnds: [Int: Int] = [:]
        for word in words where word.isHan && isBody(String(scalars: scalars[word.start..<word.end])) {
            bodyEnds[word.start] = word.end
        }
        return words.compactMap { word in
            read(scalars, at: word.start) { bodyEnds[$0] }.map { Span(start: word.start, length: $0.end - word.start) }
        }
    }

    /// Plenums listed under one term with 全会 said once: 二十届二中、三中全会 names 二十届二中全会 and
    /// 二十届三中全会 (学习贯彻党的二十大和二十届二中、三中全会精神). Each is a name found on the whole list's place.
    static func elidedPlenums(in scalars: [Unicode.Scalar]) -> [(term: String, span: Span)] {
        guard scalars.contains(termMark), scalars.contains("、") else { return [] }
        var found: [(term: String, span: Span)] = []
        for start in scalars.indices where start == 0 || !isNumeral(scalars[start - 1]) && scalars[start - 1] != "第" {
            guard let term = ordinal(in: scalars, at: start, mark: termMark) else { continue }
            // Numbers each followed by 中 and set off by 、, then a whole plenum (三中全会).
            var plenums: [String] = []
            var index = term.end
            while case let end = numeralsEnd(in: scalars, from: index), end > index, end + 1 < scalars.count,
                scalars[end] == "中", scalars[end + 1] == "、"
            {
                plenums.append(String(scalars: scalars[index..<end]))
                index = end + 2
            }
            guard !plenums.isEmpty, let last = plenum(in: scalars, at: index) else { continue }
            plenums.append(String(scalars: scalars[index..<numeralsEnd(in: scalars, from: index)]))
            index = last.end
            let prefix = String(scalars: scalars[start..<term.end])
            let span = Span(start: start, length: index - start)
            found += plenums.map { (prefix + $0 + "中全会", span) }
        }
        return found
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digitValue[scalar] != nil || scalar == "十" || scalar == "百"
    }

    /// Where the Chinese numerals that begin at `offset` end (`offset` itself when none do).
    private static func numeralsEnd(in scalars: [Unicode.Scalar], from offset: Int) -> Int {
        scalars[offset...].firstIndex { !isNumeral($0) } ?? scalars.count
    }

    /// The term, body and session a name gives, or nil when the whole text is no such name.
    static func name(of text: String, isBody: (String) -> Bool) -> Name? {
        let scalars = Array(text.unicodeScalars)
        // The body is the longest one at its place (全国人大常委会, not 全国人大).
        let read = read(scalars, at: 0) { start in
            stride(from: scalars.count, to: start + 1, by: -1).first { isBody(String(scalars: scalars[start..<$0])) }
        }
        return read?.end == scalars.count ? read?.name : nil
    }

    /// A name starting at `start`: 十四届 + body + 二次会议, or body + 十四届 + 二次会议. `bodyEnd` gives where a
    /// body starting at an offset ends, if one does.
    private static func read(_ scalars: [Unicode.Scalar], at start: Int, bodyEnd: (Int) -> Int?) -> (name: Name, end: Int)? {
        // 二十届三中全会: the term, then the plenum's number.
        if let term = ordinal(in: scalars, at: start, mark: termMark), let plenum = plenum(in: scalars, at: term.end) {
            return (Name(term: term.number, body: plenumBody, session: plenum.number, isPlenary: true), plenum.end)
        }
        var parts: (term: (number: Int, end: Int), body: Range<Int>)?
        if let term = ordinal(in: scalars, at: start, mark: termMark), let end = bodyEnd(term.end) {
            parts = (term, term.end..<end)
        } else if let end = bodyEnd(start), let term = ordinal(in: scalars, at: end, mark: termMark) {
            parts = (term, start..<end)
        }
        guard let parts, let session = ordinal(in: scalars, at: max(parts.term.end, parts.body.upperBound), mark: sessionMark),
            let meeting = meeting(in: scalars, at: session.end)
        else { return nil }
        let name = Name(term: parts.term.number, body: String(scalars: scalars[parts.body]), session: session.number, isPlenary: meeting.isPlenary)
        return (name, meeting.end)
    }

    /// A body that holds sessions: an organisation of the glossary (全国人大, 全国政协, 全国人大常委会).
    static func isBody(_ word: String, lexicon: Lexicon) -> Bool {
        lexicon.word(word)?.glossary?.kind == .organisation
    }

    /// The English of a session's name, written from its body's, or nil when the term is no such name.
    static func gloss(of term: String, lexicon: Lexicon) -> String? {
        // Said in full (党的二十届三中全会), it is the same session.
        let term = PartyCongresses.name(in: term) ?? term
        guard term.unicodeScalars.contains(termMark), let name = name(of: term, isBody: { isBody($0, lexicon: lexicon) }),
            let body = lexicon.word(name.body)?.glossary?.english.first
        else { return nil }
        return english(of: name, bodyEnglish: body)
    }

    /// "the second session of the 14th National People's Congress (NPC)", "the third plenary session of the 20th
    /// Central Commission for Discipline Inspection (CCDI)", from the body's English.
    static func english(of name: Name, bodyEnglish: String) -> String {
        var body = Substring(bodyEnglish)
        if body.hasPrefix("the ") { body = body.dropFirst(4) }
        let session = name.isPlenary ? "plenary session" : "session"
        return "the \(spelledOrdinal(name.session)) \(session) of the \(numericOrdinal(name.term)) \(body)"
    }

    // MARK: Reading numbers

    /// An ordinal such as 十四届 or 第八次 at `offset`: its number and where it ends.
    static func ordinal(in scalars: [Unicode.Scalar], at offset: Int, mark: Unicode.Scalar) -> (number: Int, end: Int)? {
        var index = offset
        if index < scalars.count, scalars[index] == "第" { index += 1 }
        let digitsStart = index
        index = numeralsEnd(in: scalars, from: index)
        guard index > digitsStart, index < scalars.count, scalars[index] == mark,
            let number = number(scalars[digitsStart..<index]), number > 0
        else { return nil }
        return (number, index + 1)
    }

    static let digitValue: [Unicode.Scalar: Int] = [
        "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// A number written in Chinese numerals below 1,000: 八, 十四, 二十, 二十一, 一百零三. Nil for digits read one by one
    /// (一九九五, a year), which no count is.
    static func number(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        var total = 0
        var pending = 0
        var previous: Unicode.Scalar?
        for scalar in digits {
            if let value = digitValue[scalar] {
                if let previous, digitValue[previous] != nil, previous != "零" { return nil }
                pending = value
            } else if scalar == "十" {
                total += max(pending, 1) * 10
                pending = 0
            } else if scalar == "百" {
                total += max(pending, 1) * 100
                pending = 0
            } else {
                return nil
            }
            previous = scalar
        }
        return total + pending
    }

    static func spelledOrdinal(_ number: Int) -> String {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        return number <= words.count ? words[number - 1] : numericOrdinal(number)
    }

    static func numericOrdinal(_ number: Int) -> String {
        let suffix =
            switch (number % 10, number % 100) {
            case (_, 11...13): "th"
            case (1, _): "st"
            case (2, _): "nd"
            case (3, _): "rd"
            default: "th"
            }
        return "\(number)\(suffix)"
    }

    /// A plenum's number and where its name ends, when one such as 三中全会 stands at `offset`.
    private static func plenum(in scalars: [Unicode.Scalar], at offset: Int) -> (number: Int, end: Int)? {
        let index = numeralsEnd(in: scalars, from: offset)
        guard index > offset, index + plenumWords.count <= scalars.count,
            scalars[index..<index + plenumWords.count].elementsEqual(plenumWords),
            let number = number(scalars[offset..<index]), number > 0
        else { return nil }
        return (number, index + plenumWords.count)
    }

    // MARK: The meeting

    /// Where 全体会议 or 会议 ends when it stands at `offset`, and which it is.
    private static func meeting(in scalars: [Unicode.Scalar], at offset: Int) -> (end: Int, isPlenary: Bool)? {
        for (words, isPlenary) in [(plenaryWords, true), (shortPlenaryWords, true), (meetingWords, false)]
        where offset + words.count <= scalars.count {
            if scalars[offset..<offset + words.count].elementsEqual(words) { return (offset + words.count, isPlenary) }
        }
        return nil
    }
}
