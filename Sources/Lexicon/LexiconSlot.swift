/// One slot of the lexicon image's hash table (see `LexiconImage`): eight bytes holding all the segmenter asks of a
/// key, so that a probe reads one word and eight slots share a cache line.
///
///     bits 63…16  the key's fingerprint: the top 48 bits of its FNV-1a hash
///     bit 15      the key is a word
///     bit 14      the key is a proper prefix of a word
///     bits 13…0   the number of its log-frequency in the image's table (1 or more, so no occupied slot is 0)
///
/// Why 48 bits are enough: a probe takes the first slot of its run whose fingerprint is the candidate's. A key
/// always finds its own slot, because the builder refuses two keys with one fingerprint in one run. A string that
/// is no key is taken for one only if a key among the slots it passes (four or five at three quarters full)
/// shares its top 48 bits: about 1 in 6·10^13 a probe, less than the 1 in 2.6·10^13 of the 16-byte slots
/// before (format 12), which stored the whole hash and took a string for any of the 716,000 keys sharing it.
///
/// The log-frequencies are numbered because only about 5,400 distinct values occur (jieba's counts and the units
/// kept whole): the table of them is 64 KB and stays in the cache, the slots half the size of format 12's.
enum LexiconSlot {
    static let size = 8
    static let isWord: UInt64 = 1 << 15
    static let isPrefix: UInt64 = 1 << 14
    static let logFrequencyNumberMask: UInt64 = 1 << 14 - 1
    /// The log-frequency table's length (Float32 each): every number a slot can hold, so a read of the table
    /// needs no bounds check. Number 0 is never used.
    static let logFrequencyCapacity = 1 << 14

    /// The fingerprint of a hash, or of the slot word that holds it: both keep it in their top 48 bits.
    @inline(__always)
    static func fingerprint(_ hashOrSlot: UInt64) -> UInt64 { hashOrSlot >> 16 }

    /// The slot of a key with `hash`, its flags, and its log-frequency's `number` in the table (1 or more).
    static func word(hash: UInt64, isWord: Bool, isPrefix: Bool, logFrequencyNumber number: Int) -> UInt64 {
        precondition(number > 0 && number < logFrequencyCapacity, "log-frequency number out of the slot's range")
        var word = fingerprint(hash) << 16 | UInt64(number)
        if isWord { word |= Self.isWord }
        if isPrefix { word |= Self.isPrefix }
        return word
    }
}
