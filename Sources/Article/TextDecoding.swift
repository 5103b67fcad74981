/// Bytes to text: UTF-8 (with or without a byte-order mark), GB18030, or UTF-16 with a byte-order mark;
/// anything else is refused with a message that says what the file looks like.
struct DecodedText {
    var scalars: [Unicode.Scalar]
    var encoding: TextEncoding

    init(scalars: [Unicode.Scalar], encoding: TextEncoding) {
        self.scalars = scalars
        self.encoding = encoding
    }

    /// - Parameter name: the file as the user named it, for the error messages.
    init(bytes: [UInt8], name: String, choice: EncodingChoice) throws {
        guard !bytes.isEmpty else { throw ArticleError.empty(name) }
        switch choice {
        case .utf8:
            guard let scalars = UnicodeDecoding.scalars(Self.withoutUTF8Mark(bytes), as: UTF8.self) else {
                throw ArticleError.notUTF8(name)
            }
            self.init(scalars: scalars, encoding: .utf8)
        case .gb18030:
            guard let scalars = GB18030.decode(bytes) else { throw ArticleError.notGB18030(name) }
            self.init(scalars: scalars, encoding: .gb18030)
        case .auto:
            self = try Self.detect(bytes, name: name)
        }
        try checkIsText(name: name)
    }

    private static func detect(_ bytes: [UInt8], name: String) throws -> DecodedText {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            let units = UnicodeDecoding.utf16Units(bytes.dropFirst(2), littleEndian: littleEndian)
            guard bytes.count % 2 == 0, let scalars = UnicodeDecoding.scalars(units, as: UTF16.self) else {
                throw ArticleError.undecodable(name)
            }
            return DecodedText(scalars: scalars, encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
        }
        if let scalars = UnicodeDecoding.scalars(withoutUTF8Mark(bytes), as: UTF8.self) {
            return DecodedText(scalars: scalars, encoding: .utf8)
        }
        // Before GB18030, whose two-byte characters can be read into almost any byte pairs.
        if let littleEndian = UTF16Guess.byteOrder(of: bytes) {
            throw ArticleError.utf16WithoutByteOrderMark(name, littleEndian: littleEndian)
        }
        if bytes.contains(0) { throw ArticleError.binary(name) }
        if GB18030.looksLikeChinese(bytes), let scalars = GB18030.decode(bytes) {
            return DecodedText(scalars: scalars, encoding: .gb18030)
        }
        throw ArticleError.undecodable(name)
    }

    private static func withoutUTF8Mark(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    }

    /// Refuses what decoded but is no article: NUL bytes or many control characters (binary data that
    /// happens to be valid UTF-8), and text with nothing but white space.
    private func checkIsText(name: String) throws {
        var controls = 0
        var visible = 0
        for scalar in scalars {
            if scalar.value == 0 { throw ArticleError.binary(name) }
            if scalar.isInvisible, scalar.value < 0x20 || scalar.value == 0x7F {
                controls += 1
            } else if !scalar.isBlank, !scalar.isLineBreak, !scalar.isInvisible {
                visible += 1
            }
        }
        if controls * 100 > scalars.count { throw ArticleError.binary(name) }
        if visible == 0 { throw ArticleError.empty(name) }
    }
}

/// Recognises UTF-16 that lacks its byte-order mark, to say so instead of calling it binary or reading it
/// as GB18030 garbage.
enum UTF16Guess {
    /// true for little-endian, false for big-endian, nil when the bytes do not look like UTF-16 text.
    static func byteOrder(of bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        for littleEndian in [true, false] {
            let units = UnicodeDecoding.utf16Units(bytes[...], littleEndian: littleEndian)
            let plausible = units.lazy.filter(isPlausibleText).count
            if plausible * 10 >= units.count * 9 { return littleEndian }
        }
        return nil
    }

    /// Code units that text in Chinese or English is made of: ASCII, CJK punctuation, Han, full-width forms.
    private static func isPlausibleText(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x2010...0x2027, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            return true
        default:
            return false
        }
    }
}
