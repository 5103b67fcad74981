/// The classes of characters that the layout rules talk about. Chinese typesetting differs from Latin:
/// no spaces between words, punctuation takes a full cell, and a line may break between any two characters.
extension Unicode.Scalar {
    /// Set in a full cell in Chinese typesetting: Han characters, CJK punctuation, full-width forms, and the
    /// quotation marks, dashes and ellipsis that Chinese text uses. A space next to one of these is never a
    /// word separator, so PDF extraction's stray spaces around them can go.
    var isWide: Bool {
        switch value {
        case 0x00B7,  // · between the parts of a foreign name
            0x2014...0x2026,  // — ‘ ’ “ ” …
            0x2E3A...0x2E3B,  // ⸺ two- and three-em dashes
            0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x312F, 0x3190...0x31FF,
            0x3200...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE10...0xFE1F,
            0xFE30...0xFE4F, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// A Han character (the unified ideographs and their extensions, with 〇).
    var isHan: Bool {
        switch value {
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// Cells the character takes on a printed line: what a hard-wrapped column is measured in.
    var cells: Int { isWide ? 2 : 1 }

    /// Horizontal white space, including the ideographic space that Chinese web pages indent with.
    var isBlank: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Characters that carry nothing visible and only get in the way of matching.
    var isInvisible: Bool {
        switch value {
        case 0x00AD, 0x200B...0x200D, 0x2060, 0xFEFF: return true
        // Other C0 controls and DEL: leftovers of a PDF's or a web page's encoding, never text.
        case 0x00...0x08, 0x0E...0x1F, 0x7F: return true
        default: return false
        }
    }

    /// Ends a line of the source (LF, VT, FF, CR, NEL, and the Unicode line and paragraph separators).
    var isLineBreak: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Ends a sentence: 。！？；… and their half-width forms.
    var isSentenceEnd: Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x2026, 0xFF0E, 0xFF61, 0x21, 0x3F: return true
        default: return false
        }
    }

    /// Can end a paragraph: what ends a sentence, and the colon that introduces the next paragraph
    /// (各位代表： / 其中最重要的是以下三个方面：).
    var isParagraphEnd: Bool {
        isSentenceEnd || value == 0xFF1A || value == 0x3A || value == 0x2E || value == 0x3B
    }

    /// Closes a quotation or a bracket; belongs to the sentence it closes, never starts one.
    var isClosingMark: Bool {
        switch value {
        case 0x2019, 0x201D, 0xFF09, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3009, 0x3017, 0x3019,
            0x29, 0x5D, 0x7D:
            return true
        default: return false
        }
    }

    /// The opening partner of a closing mark, for keeping quotations and brackets balanced.
    var openingPartner: Unicode.Scalar? {
        switch value {
        case 0x2019: return "\u{2018}"
        case 0x201D: return "\u{201C}"
        case 0xFF09: return "\u{FF08}"
        case 0x300B: return "\u{300A}"
        case 0x300D: return "\u{300C}"
        case 0x300F: return "\u{300E}"
        case 0x3011: return "\u{3010}"
        case 0x3015: return "\u{3014}"
        case 0x3009: return "\u{3008}"
        case 0x3017: return "\u{3016}"
        case 0x3019: return "\u{3018}"
        case 0x29: return "("
        case 0x5D: return "["
        case 0x7D: return "{"
        default: return nil
        }
    }

    var isOpeningMark: Bool {
        switch value {
        case 0x2018, 0x201C, 0xFF08, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3008, 0x3016, 0x3018,
            0x28, 0x5B, 0x7B:
            return true
        default: return false
        }
    }

    /// A letter or digit of Latin text; two of them either side of a space make a word break to keep.
    var isLatinAlphanumeric: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xC0...0x024F: return value != 0xD7 && value != 0xF7
        default: return false
        }
    }

    var isASCIIDigit: Bool { (0x30...0x39).contains(value) }

    /// The ASCII twin of a full-width digit or Latin letter (０ → 0, Ａ → A), the scalar itself otherwise.
    /// One scalar for one, so an offset into the matching text is an offset into the display text.
    var matchingForm: Unicode.Scalar {
        switch value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return Unicode.Scalar(UInt8(value - 0xFEE0))
        default: return self
        }
    }
}
