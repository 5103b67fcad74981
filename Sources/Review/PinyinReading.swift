import Foundation

/// Pinyin read into toneless letters and the tones found among them, so that what a learner types
/// ("tong2zhou1 gong4ji4", "tóngzhōu", "lv4", "nu:3") can be compared with what the dictionary writes
/// ("tóng zhōu gòng jì", "lǜ", "nǚ"): letters lower-cased, v and u: read as ü, tone marks and tone numbers read
/// as tones, spaces and apostrophes only separating.
struct PinyinReading: Equatable {
    /// The letters without tone marks.
    var letters: [Character] = []
    /// Each tone given: after which letter a tone number came, or on which letter a mark sat.
    var tones: [(letter: Int, tone: Int)] = []
    /// The runs of letters between separators: the syllables (or words) as written.
    var units: [Range<Int>] = []

    static func == (lhs: PinyinReading, rhs: PinyinReading) -> Bool {
        lhs.letters == rhs.letters && lhs.units == rhs.units
            && lhs.tones.map(\.letter) == rhs.tones.map(\.letter) && lhs.tones.map(\.tone) == rhs.tones.map(\.tone)
    }

    init(_ text: String) {
        var unitStart: Int?
        func closeUnit() {
            if let start = unitStart, start < letters.count { units.append(start..<letters.count) }
            unitStart = nil
        }
        let scalars = Array(text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if let tone = Self.combiningTones[scalar] {
                if !letters.isEmpty { tones.append((letters.count - 1, tone)) }
                continue
            }
            if scalar == "\u{0308}" || (scalar == ":" && letters.last == "u") {
                if letters.last == "u" { letters[letters.count - 1] = "ü" }
                continue
            }
            if let digit = Int(String(scalar)), (1...5).contains(digit), !letters.isEmpty, unitStart != nil {
                tones.append((letters.count - 1, digit))
                closeUnit()
                continue
            }
            if scalar.properties.generalCategory == .nonspacingMark { continue }  // ê's circumflex
            guard scalar.properties.isAlphabetic, scalar.isASCII else {
                closeUnit()
                continue
            }
            if unitStart == nil { unitStart = letters.count }
            letters.append(scalar == "v" ? "ü" : Character(scalar))
        }
        closeUnit()
    }

    /// Whether any tone was given, by number or by mark.
    var hasTones: Bool { !tones.isEmpty }

    /// The tones given within some letters, in order, the neutral tone (5, or no mark) left out.
    func tones(in letters: Range<Int>) -> [Int] {
        tones.filter { letters.contains($0.letter) && $0.tone != 5 }.map(\.tone)
    }

    /// Whether the text has letters at all (characters, digits alone and punctuation have none).
    var isEmpty: Bool { letters.isEmpty }

    private static let combiningTones: [Unicode.Scalar: Int] = [
        "\u{0304}": 1, "\u{0301}": 2, "\u{030C}": 3, "\u{0300}": 4,
    ]
}
