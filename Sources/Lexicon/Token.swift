/// A piece of segmented text: where it is (UTF-8 offsets into the segmented string) and what it is.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// A word of some dictionary (or a single Chinese character no dictionary has).
        case word
        /// A run of Chinese characters no dictionary has, read as one unit (a name or a new word).
        case unknown
        /// Digits with their decimal part, percent sign, unit of date or magnitude, or classifier: 6月11日, 3.5%, 8个.
        case number
        /// Latin letters and digits: SCO, G20, 5G.
        case latin
        case punctuation
    }

    public var start: Int
    public var end: Int
    public var kind: Kind

    public init(start: Int, end: Int, kind: Kind) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// The token's text in the string it was cut from.
    public func text(in string: String) -> Substring {
        let utf8 = string.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(lower, offsetBy: end - start)
        return string[lower..<upper]
    }
}
