import Lexicon

/// Parallel series, the set formulations official prose builds from items of one shape set off by 、:
/// a shared first character (稳就业、稳金融、稳外贸; 不结盟、不对抗、不针对第三方), a shared last character
/// (和平力量、稳定力量、进步力量; 市场化、法治化、国际化), or items of one length that are phrases rather
/// than dictionary words (相互尊重、和平共处、合作共赢; 基础稳、优势多、韧性强、潜能大; 降碳、减污、扩绿、增长).
/// A list of ordinary words (政治、安全、经济、人文; 北京市、天津市、上海市; 工业、农业、服务业) is no formulation,
/// whatever characters its items share.
enum ParallelSeries {
    static let itemLengths = 2...6

    /// `isSetUnit` tells whether an item is a unit of the glossary or the idiom lists, `isPlainWord` whether it is
    /// a dictionary word that is neither.
    /// `isSurname` whether a character is a surname, for lists of people (丁薛祥、何立峰、张国清、刘国中), and
    /// `isGivenName` whether a word is listed as a person's name (卫东, a word of jieba's tagged nr).
    static func spans(
        in scalars: [Unicode.Scalar], words: [Word], isSetUnit: (String) -> Bool, isPlainWord: (String) -> Bool,
        isSurname: (Unicode.Scalar) -> Bool = { _ in false }, isGivenName: (String) -> Bool = { _ in false }
    ) -> [Span] {
        // Most sentences have no 、, and so no series: the sets below were made for every sentence.
        guard scalars.contains("、") else { return [] }
        let boundaries = Set(words.flatMap { [$0.start, $0.end] })
        let singleWords = Set(words.filter(\.isHan).map { Span(start: $0.start, length: $0.length) })
        func text(_ span: Span) -> String { String(scalars: scalars[span.start..<span.start + span.length]) }
        // An item may begin inside a word the segmenter made across its edge (经济基础|稳) only when what the
        // item keeps of that word is a word itself (基础), not a piece (信息|技术 → 息).
        func canBegin(at offset: Int) -> Bool {
            if boundaries.contains(offset) { return true }
            guard let word = words.first(where: { $0.start < offset && offset < $0.end }), word.end - offset >= 2 else { return false }
            let kept = text(Span(start: offset, length: word.end - offset))
            return isPlainWord(kept) || isSetUnit(kept)
        }
        // The last item may end inside a word the segmenter began with its shared last character (绿色|化发展, a
        // word of jieba's list) only when what follows it is a word itself (发展).
        func canEnd(at offset: Int) -> Bool {
            if boundaries.contains(offset) { return true }
            guard let word = words.first(where: { $0.start == offset - 1 }), word.end - offset >= 2 else { return false }
            let rest = text(Span(start: offset, length: word.end - offset))
            return isPlainWord(rest) || isSetUnit(rest)
        }
        var spans: [Span] = []
        for clause in clauses(in: scalars) {
            let pieces = pieces(of: clause, in: scalars)
            guard pieces.count >= 2 else { continue }
            for shape in shapes(of: pieces, scalars) {
                let found = series(pieces, shape, scalars, boundaries, canBegin: canBegin, canEnd: canEnd) { items in
                    isFormulation(items, shape, text, singleWords, isSetUnit)
                        && !isListOfPeople(items, shape, scalars, isSurname: isSurname) { span in
                            let word = text(span)
                            return (isPlainWord(word) || isSetUnit(word)) && !isGivenName(word)
                        }
                        && !items.allSatisfy { singleWords.contains($0) && isPlainWord(text($0)) }
                        && !items.contains { edgeParticles.contains(scalars[$0.start]) || edgeParticles.contains(scalars[$0.start + $0.length - 1]) }
                }
                if let found {
                    spans.append(found)
                    break
                }
            }
        }
        return spans
    }

    private enum Shape {
        case sharedFirst(Unicode.Scalar)
        case sharedLast(Unicode.Scalar)
        case sameLength(Int)
    }

    /// The shapes the inner items (set off by 、 on both sides) share; with two items, the shapes of both.
    private static func shapes(of pieces: [Span], _ scalars: [Unicode.Scalar]) -> [Shape] {
        let inner = Array(pieces.dropFirst().dropLast())
        let template = inner.isEmpty ? pieces : inner
        guard template.allSatisfy({ itemLengths.contains($0.length) }) else { return [] }
        var shapes: [Shape] = []
        let firsts = Set(template.map { scalars[$0.start] })
        let lasts = Set(template.map { scalars[$0.start + $0.length - 1] })
        let lengths = Set(template.map(\.length))
        if firsts.count == 1, let first = firsts.first, !particles.contains(first) { shapes.append(.sharedFirst(first)) }
        if lasts.count == 1, let last = lasts.first, !particles.contains(last) { shapes.append(.sharedLast(last)) }
        if lengths.count == 1, let length = lengths.first { shapes.append(.sameLength(length)) }
        return shapes
    }

    /// The series with its first and last items trimmed to the shape of the inner ones.
    private static func series(
        _ pieces: [Span], _ shape: Shape, _ scalars: [Unicode.Scalar], _ boundaries: Set<Int>,
        canBegin: (Int) -> Bool, canEnd: (Int) -> Bool, accept: ([Span]) -> Bool
    ) -> Span? {
        let inner = Array(pieces.dropFirst().dropLast())
        let template = inner.isEmpty ? pieces : inner
        guard let head = trimmed(first: pieces[0], shape, template[0].length, scalars, boundaries, canBegin: canBegin),
            let tail = trimmed(last: pieces[pieces.count - 1], shape, template[template.count - 1].length, scalars, boundaries, canEnd: canEnd)
        else { return nil }
        let items = [head] + inner + [tail]
        // Two items make a series only when they are the whole clause and of one length (稳外贸、稳外资).
        if inner.isEmpty, head != pieces[0] || tail != pieces[1] || head.length != tail.length { return nil }
        guard accept(items) else { return nil }
        return Span(start: head.start, length: tail.start + tail.length - head.start)
    }

    /// Items of one length with no shared character are a formulation only when they are phrases, not a list
    /// of ordinary words (政治、安全、经济; 橡胶、铁矿石、木炭) or of fields (政治外交、经贸财金、执法禁毒): three or
    /// more, at most one two- or three-character item a dictionary word, and four-character items mostly set units
    /// (相互尊重、和平共处、合作共赢).
    private static func isFormulation(
        _ items: [Span], _ shape: Shape, _ text: (Span) -> String, _ singleWords: Set<Span>,
        _ isSetUnit: (String) -> Bool
    ) -> Bool {
        guard case .sameLength(let length) = shape else { return true }
        guard items.count >= 3 else { return false }
        switch length {
        case 2, 3: return items.filter(singleWords.contains).count <= 1
        default:
            let units = items.filter { isSetUnit(text($0)) }
            return units.count * 2 > items.count
        }
    }

    /// Names of people, listed as officials are (刘俊臣、孟祥锋、姜信治、刘建波): a surname and a given name that is no
    /// word, with no character at one place in all of them. Slogans cut to the same shape stay: 全覆盖、强监管、严执法
    /// opens with surnames but goes on with words (覆盖, 监管), and 时与势、危与机、利与弊 shares its 与. With four items
    /// or more, the first and last are left out (cut to the inner ones' length, they may hold a word beside the
    /// name: 有|李强) and one inner item may fail (王沪宁: 沪宁 is a word too). A given name that dictionaries list as
    /// a name is no word (何卫东: jieba lists 卫东 as a person's name). Names right after 记者 are a byline
    /// whatever their characters (记者董伟、胡斌、夏珺: 伟 and 斌 are words, and jieba lists 夏珺).
    private static func isListOfPeople(
        _ items: [Span], _ shape: Shape, _ scalars: [Unicode.Scalar], isSurname: (Unicode.Scalar) -> Bool, isWord: (Span) -> Bool
    ) -> Bool {
        guard case .sameLength(let length) = shape, length <= 3 else { return false }
        if let first = items.first, first.start >= 2, scalars[first.start - 2] == "记", scalars[first.start - 1] == "者" { return true }
        let names = items.count >= 4 ? Array(items.dropFirst().dropLast()) : items
        let sharesAPlace = (1..<length).contains { place in Set(names.map { scalars[$0.start + place] }).count == 1 }
        let looksLikeAName = names.filter { name in
            isSurname(scalars[name.start]) && !isWord(name) && !isWord(Span(start: name.start + 1, length: name.length - 1))
        }
        let allowedMisses = items.count >= 4 ? 1 : 0
        return !sharesAPlace && looksLikeAName.count >= max(names.count - allowedMisses, 2)
    }

    /// The first item ends at the first 、; where it begins is read from the shape of the others.
    private static func trimmed(
        first piece: Span, _ shape: Shape, _ length: Int, _ scalars: [Unicode.Scalar], _ boundaries: Set<Int>,
        canBegin: (Int) -> Bool
    ) -> Span? {
        guard piece.length >= itemLengths.lowerBound else { return nil }
        let end = piece.start + piece.length
        var candidates: [Int]
        switch shape {
        case .sharedFirst(let character):
            candidates = (max(piece.start, end - itemLengths.upperBound)...(end - itemLengths.lowerBound)).reversed()
                .filter { scalars[$0] == character }
        case .sharedLast(let character):
            candidates = scalars[end - 1] == character ? [end - length] : []
        case .sameLength:
            candidates = [end - length]
        }
        // Same-length items of three characters or fewer may begin inside a word (经济基础|稳, see `canBegin`).
        let mayCut: Bool
        if case .sameLength(let itemLength) = shape, itemLength <= 3 { mayCut = true } else { mayCut = false }
        candidates = candidates.filter { $0 >= piece.start && (mayCut ? canBegin($0) : boundaries.contains($0)) }
        return candidates.first.map { Span(start: $0, length: end - $0) }
    }

    /// The last item begins after the last 、; where it ends is read from the shape of the others.
    private static func trimmed(
        last piece: Span, _ shape: Shape, _ length: Int, _ scalars: [Unicode.Scalar], _ boundaries: Set<Int>, canEnd: (Int) -> Bool
    ) -> Span? {
        guard piece.length >= itemLengths.lowerBound else { return nil }
        let start = piece.start
        let end: Int?
        switch shape {
        case .sharedFirst(let character):
            guard scalars[start] == character else { return nil }
            // The longest item that stands before a particle (不针对第三方的), else the length of the others
            // (稳预期|促发展).
            let last = min(start + itemLengths.upperBound, start + piece.length - 1)
            let ends = last >= start + itemLengths.lowerBound ? Array((start + itemLengths.lowerBound...last).reversed()) : []
            end = ends.first { boundaries.contains($0) && particles.contains(scalars[$0]) } ?? start + min(length, piece.length)
        case .sharedLast(let character):
            end = (start + itemLengths.lowerBound...min(start + itemLengths.upperBound, start + piece.length))
                .first { scalars[$0 - 1] == character && canEnd($0) }
        case .sameLength:
            end = piece.length >= length ? start + length : nil
        }
        // Only an item that ends with the shared character may end inside a word (see `canEnd`).
        var mayCut = false
        if case .sharedLast = shape { mayCut = true }
        guard let end, (mayCut ? canEnd(end) : boundaries.contains(end)) || end == start + piece.length else { return nil }
        return Span(start: start, length: end - start)
    }

    /// Runs of Chinese characters and 、 between other marks.
    private static func clauses(in scalars: [Unicode.Scalar]) -> [Span] {
        var clauses: [Span] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || !(scalars[index].isHan || scalars[index] == "、") {
            if index > start { clauses.append(Span(start: start, length: index - start)) }
            start = index + 1
        }
        return clauses
    }

    private static func pieces(of clause: Span, in scalars: [Unicode.Scalar]) -> [Span] {
        var pieces: [Span] = []
        var start = clause.start
        for index in clause.start...(clause.start + clause.length) where index == clause.start + clause.length || scalars[index] == "、" {
            pieces.append(Span(start: start, length: index - start))
            start = index + 1
        }
        return pieces.contains { $0.length == 0 } ? [] : pieces
    }

    /// Particles no item begins or ends with (的橡胶, 木炭等): where they stand, the cut is wrong.
    private static let edgeParticles: Set<Unicode.Scalar> = ["的", "等", "了", "之", "及"]

    /// Characters a series of chance may share: particles and the commonest function characters.
    private static let particles: Set<Unicode.Scalar> = ["的", "了", "和", "与", "及", "在", "是", "等", "一", "之", "个", "各", "有", "为", "对", "中"]
}
