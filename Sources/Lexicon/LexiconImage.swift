/// The layout of the lexicon index file, a read-only image that is memory-mapped rather than parsed:
///
///     header (88 bytes) | entries (32 bytes each) | hash slots (8 bytes each) | the slots' entry numbers (4 bytes
///     each) | log-frequencies (2^14 Float32) | key bytes | payload bytes
///
/// Entries are found through an open-addressing hash table of FNV-1a hashes of the keys' UTF-8 bytes. A slot
/// (`LexiconSlot`) holds the key's fingerprint, its word and prefix flags and the number of its log-frequency:
/// everything the segmenter needs, in one cache line of eight slots. The entry number (plus one; zero for an empty
/// slot) is in a table of its own at the same place, read only by lookups that compare the key's bytes, so a
/// segmentation maps 8 MB of slots instead of format 12's 17 MB of slots that held it.
/// Every key is either a word of some dictionary or a proper prefix of one (so a scan can stop early).
enum LexiconImage {
    static let magic: [UInt8] = Array("TIFALEX".utf8) + [0]
    /// Bump whenever the layout or the payload records change: older images are then rebuilt.
    static let formatVersion: UInt32 = 17
    static let headerSize = 88
    static let entrySize = 32
    static let slotEntryNumberSize = 4
    /// The bytes from the slots to the keys for `slotCount` slots: the slots, their entry numbers, the log-frequencies.
    static func slotSectionsLength(slotCount: Int) -> Int {
        slotCount * (LexiconSlot.size + slotEntryNumberSize) + LexiconSlot.logFrequencyCapacity * 4
    }

    /// The hash table's size for `keyCount` keys: the smallest power of two at most three quarters full.
    ///
    /// Why not emptier: the segmenter's probes land all over the table, so a text of a few megabytes maps every
    /// page of it. At half full or less (format 11) it was 33 MB of the 59 MB a 20 MB segmentation took; at
    /// 716,000 keys this gives 2^20 slots, 8 MB, with linear probes still short (about two slots for a key found,
    /// five for one missing: one cache line), and segmenting no slower.
    static func slotCount(forKeys keyCount: Int) -> Int {
        var slotCount = 1
        while slotCount * 3 < keyCount * 4 { slotCount <<= 1 }
        return slotCount
    }

    /// Stored as: magic (8 bytes); format version, entry count, slot count, total frequency (UInt32 each);
    /// source checksum; offsets and lengths of the sections; the register corpus's word count (UInt64 each);
    /// all little-endian.
    struct Header: Equatable {
        var entryCount: UInt32
        var slotCount: UInt32
        /// The sum of jieba's word counts: word probabilities are counts over this.
        var totalFrequency: UInt32
        var sourceChecksum: UInt64
        var entriesOffset: UInt64
        var slotsOffset: UInt64
        var keysOffset: UInt64
        var keysLength: UInt64
        var payloadOffset: UInt64
        var payloadLength: UInt64
        /// The number of words counted in `register.tsv`'s corpus (the sum of its counts).
        var registerTotal: UInt64
    }

    /// Bit flags of an entry.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let word = Flags(rawValue: 1 << 0)
        static let prefix = Flags(rawValue: 1 << 1)
        static let cedict = Flags(rawValue: 1 << 2)
        static let xinhuaIdiom = Flags(rawValue: 1 << 3)
        static let glossary = Flags(rawValue: 1 << 4)
        static let jiebaIdiom = Flags(rawValue: 1 << 5)
        static let jiebaSetPhrase = Flags(rawValue: 1 << 6)
        static let cedictIdiom = Flags(rawValue: 1 << 7)
        static let jieba = Flags(rawValue: 1 << 8)
        /// Some CC-CEDICT record of the key is an ordinary word, not only a name (see `Lexicon.isOrdinary`).
        static let cedictOrdinary = Flags(rawValue: 1 << 9)
        /// OpenCC's simplified-to-traditional table converts this key (a phrase, or a character that changes).
        static let conversion = Flags(rawValue: 1 << 10)
        /// Some longer key of OpenCC's table starts with this key. Kept apart from `prefix`, which the
        /// segmenter follows: OpenCC's phrases are no words of Tifa's.
        static let conversionPrefix = Flags(rawValue: 1 << 11)
        /// The glossary's translators judged this key no unit worth a card (register-skips.tsv).
        static let judgedNoUnit = Flags(rawValue: 1 << 12)
    }

    /// Payload records, one per line, the first character naming the kind, fields tab-separated.
    enum Record: Character {
        case cedict = "C"  // traditional, simplified, pinyin, senses joined by "/"
        case idiom = "I"  // pinyin, classical source
        case glossary = "G"  // the glossary row as the file writes it
        case reading = "R"  // the common reading of a single character
        case jiebaTag = "J"  // jieba's part-of-speech tag
        case traditional = "T"  // OpenCC's traditional form of the key (its first candidate)
    }
}
