import Foundation

/// The memory-mapped lexicon: every word of every shipped dictionary and every prefix of one, found by hash.
/// The file is checked for shape when opened and every read is bounds-checked, so a damaged cache is
/// detected and rebuilt rather than trusted.
// Immutable after init over a private read-only mapping: safe to share across threads.
public final class LexiconIndex: @unchecked Sendable {
    private let file: MappedFile
    let header: LexiconImage.Header
    private let entries: UnsafeRawBufferPointer
    private let slots: UnsafeRawBufferPointer
    /// Per slot, the entry number plus one (see `LexiconImage`).
    private let slotEntries: UnsafeRawBufferPointer
    /// `LexiconSlot.logFrequencyCapacity` Float32 values, by number.
    private let logFrequencies: UnsafeRawBufferPointer
    private let keyBytes: UnsafeRawBufferPointer
    private let payload: UnsafeRawBufferPointer
    private let slotMask: Int
    /// Glossary rows decoded so far, by entry.
    private let glossaries = Memo<GlossaryEntry?>()
    /// Parts of compositions read so far, by entry and whether the glossary counted (`Lexicon.composition`).
    private let compositionParts = Memo<Composition.Part>()

    public var entryCount: Int { Int(header.entryCount) }
    public var sourceChecksum: UInt64 { header.sourceChecksum }
    public var totalFrequency: Int { Int(header.totalFrequency) }
    public var registerTotal: Int { Int(header.registerTotal) }
    /// Which file on disk this is (device, inode, size, modification time), for the cache's stamp.
    var fileIdentity: String { file.identity }

    init(path: String) throws {
        file = try MappedFile(path: path)
        let bytes = file.bytes
        guard let header = Self.readHeader(bytes) else { throw LexiconIndexDamage(path: path) }
        self.header = header
        entries = UnsafeRawBufferPointer(rebasing: bytes[Int(header.entriesOffset)..<Int(header.slotsOffset)])
        let slotsEnd = Int(header.slotsOffset) + Int(header.slotCount) * LexiconSlot.size
        let slotEntriesEnd = slotsEnd + Int(header.slotCount) * LexiconImage.slotEntryNumberSize
        slots = UnsafeRawBufferPointer(rebasing: bytes[Int(header.slotsOffset)..<slotsEnd])
        slotEntries = UnsafeRawBufferPointer(rebasing: bytes[slotsEnd..<slotEntriesEnd])
        logFrequencies = UnsafeRawBufferPointer(rebasing: bytes[slotEntriesEnd..<Int(header.keysOffset)])
        keyBytes = UnsafeRawBufferPointer(rebasing: bytes[Int(header.keysOffset)..<Int(header.keysOffset + header.keysLength)])
        payload = UnsafeRawBufferPointer(rebasing: bytes[Int(header.payloadOffset)..<Int(header.payloadOffset + header.payloadLength)])
        slotMask = Int(header.slotCount) - 1
    }

    /// Reads and validates the header: magic, version, and sections that fit the file exactly.
    private static func readHeader(_ bytes: UnsafeRawBufferPointer) -> LexiconImage.Header? {
        guard bytes.count >= LexiconImage.headerSize,
            Array(bytes[0..<8]) == LexiconImage.magic,
            bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self) == LexiconImage.formatVersion
        else { return nil }
        func u32(_ offset: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
        func u64(_ offset: Int) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        let header = LexiconImage.Header(
            entryCount: u32(12), slotCount: u32(16), totalFrequency: u32(20), sourceChecksum: u64(24),
            entriesOffset: u64(32), slotsOffset: u64(40), keysOffset: u64(48), keysLength: u64(56),
            payloadOffset: u64(64), payloadLength: u64(72), registerTotal: u64(80))
        let slotCount = UInt64(header.slotCount)
        guard slotCount > 0, slotCount & (slotCount - 1) == 0, slotCount >= UInt64(header.entryCount),
            header.entriesOffset == UInt64(LexiconImage.headerSize),
            header.slotsOffset == header.entriesOffset + UInt64(header.entryCount) * UInt64(LexiconImage.entrySize),
            header.keysOffset == header.slotsOffset + UInt64(LexiconImage.slotSectionsLength(slotCount: Int(slotCount))),
            header.payloadOffset == header.keysOffset + header.keysLength,
            header.payloadOffset + header.payloadLength == UInt64(bytes.count)
        else { return nil }
        return header
    }

    // MARK: Finding keys

    /// The entry for a word or prefix, if the lexicon has it.
    public func entry(_ word: String) -> LexiconEntry? {
        var word = word
        return word.withUTF8 { utf8 in
            let raw = UnsafeRawBufferPointer(utf8)
            return find(raw, hash: FNV1a.hash(raw)).map { LexiconEntry(index: self, id: $0) }
        }
    }

    /// The id of the entry whose key is exactly `key`, given the key's FNV-1a hash (the segmenter extends
    /// the hash one character at a time instead of rehashing every candidate).
    @inline(__always)
    func find(_ key: UnsafeRawBufferPointer, hash: UInt64) -> Int? {
        let fingerprint = LexiconSlot.fingerprint(hash)
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        // Bounded, so that a damaged table with no empty slot cannot loop forever.
        for _ in 0...slotMask {
            let word = slotWord(slot)
            if word == 0 { return nil }
            if LexiconSlot.fingerprint(word) == fingerprint {
                let number = UInt32(
                    littleEndian: slotEntries.loadUnaligned(fromByteOffset: slot &* LexiconImage.slotEntryNumberSize, as: UInt32.self))
                let id = Int(number) - 1
                if id >= 0, id < entryCount, keyMatches(id, key) { return id }
            }
            slot = (slot &+ 1) & slotMask
        }
        return nil
    }

    /// What the segmenter needs of a key, found by its hash alone: nil when no key has it. The first slot of the
    /// run with the hash's fingerprint counts (`LexiconSlot` says why that is safe).
    @inline(__always)
    func probe(hash: UInt64) -> (logFrequency: Float, isWord: Bool, isPrefix: Bool)? {
        let fingerprint = LexiconSlot.fingerprint(hash)
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        for _ in 0...slotMask {
            let word = slotWord(slot)
            if word == 0 { return nil }
            if LexiconSlot.fingerprint(word) == fingerprint {
                // The number is below the table's length by its width: no bounds to check.
                let number = Int(truncatingIfNeeded: word & LexiconSlot.logFrequencyNumberMask)
                let logFrequency = UInt32(littleEndian: logFrequencies.loadUnaligned(fromByteOffset: number &* 4, as: UInt32.self))
                return (Float(bitPattern: logFrequency), word & LexiconSlot.isWord != 0, word & LexiconSlot.isPrefix != 0)
            }
            slot = (slot &+ 1) & slotMask
        }
        return nil
    }

    @inline(__always)
    private func slotWord(_ slot: Int) -> UInt64 {
        UInt64(littleEndian: slots.loadUnaligned(fromByteOffset: slot &* LexiconSlot.size, as: UInt64.self))
    }

    /// Compares the stored key with `key` eight bytes at a time: keys are short, and a call to memcmp
    /// costs more than the comparison.
    @inline(__always)
    private func keyMatches(_ id: Int, _ key: UnsafeRawBufferPointer) -> Bool {
        let base = id &* LexiconImage.entrySize
        let length = Int(UInt16(littleEndian: entries.loadUnaligned(fromByteOffset: base + 4, as: UInt16.self)))
        guard length == key.count else { return false }
        let offset = Int(UInt32(littleEndian: entries.loadUnaligned(fromByteOffset: base, as: UInt32.self)))
        guard offset + length <= keyBytes.count, let stored = keyBytes.baseAddress, let wanted = key.baseAddress else { return false }
        var position = 0
        while position + 8 <= length {
            if stored.loadUnaligned(fromByteOffset: offset + position, as: UInt64.self)
                != wanted.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            {
                return false
            }
            position += 8
        }
        while position < length {
            if stored.load(fromByteOffset: offset + position, as: UInt8.self) != wanted.load(fromByteOffset: position, as: UInt8.self) {
                return false
            }
            position += 1
        }
        return true
    }

    // MARK: Reading entries

    func flags(_ id: Int) -> LexiconImage.Flags {
        LexiconImage.Flags(rawValue: UInt16(littleEndian: entries.loadUnaligned(fromByteOffset: id * LexiconImage.entrySize + 6, as: UInt16.self)))
    }

    func frequency(_ id: Int) -> UInt32 { u32(id, 8) }
    func rank(_ id: Int) -> UInt32 { u32(id, 12) }
    func registerCount(_ id: Int) -> UInt32 { u32(id, 28) }
    func hsk2(_ id: Int) -> UInt8 { entries[id * LexiconImage.entrySize + 24] }
    func hsk3(_ id: Int) -> UInt8 { entries[id * LexiconImage.entrySize + 25] }

    func key(_ id: Int) -> String {
        let offset = Int(u32(id, 0))
        let length = Int(UInt16(littleEndian: entries.loadUnaligned(fromByteOffset: id * LexiconImage.entrySize + 4, as: UInt16.self)))
        guard offset + length <= keyBytes.count else { return "" }
        return String(decoding: UnsafeRawBufferPointer(rebasing: keyBytes[offset..<offset + length]), as: UTF8.self)
    }

    func payload(_ id: Int) -> String {
        String(decoding: payloadBytes(id), as: UTF8.self)
    }

    /// The payload's bytes where the file is mapped, for reading one record without decoding the rest: valid as
    /// long as the index is.
    func payloadBytes(_ id: Int) -> UnsafeRawBufferPointer {
        let offset = Int(u32(id, 16))
        let length = Int(u32(id, 20))
        guard offset + length <= payload.count else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(rebasing: payload[offset..<offset + length])
    }

    /// The glossary row of entry `id`, decoded by `decode` the first time any thread asks.
    func glossary(_ id: Int, decode: () -> GlossaryEntry?) -> GlossaryEntry? {
        glossaries.value(for: id, make: decode)
    }

    /// Entry `id` as a part of a composition (with the glossary counted or not), made by `make` the first time
    /// any thread asks: the cards of a long text compose thousands of terms from the same few thousand words.
    func compositionPart(_ id: Int, glossary: Bool, make: () -> Composition.Part) -> Composition.Part {
        compositionParts.value(for: id &* 2 &+ (glossary ? 1 : 0), make: make)
    }

    @inline(__always)
    private func u32(_ id: Int, _ field: Int) -> UInt32 {
        UInt32(littleEndian: entries.loadUnaligned(fromByteOffset: id * LexiconImage.entrySize + field, as: UInt32.self))
    }
}

/// What was read or made of the index's entries so far, by number, shared by the threads that read the index
/// (what it keeps is a few thousand values: the glossary's rows, the words that compose others).
private final class Memo<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int: Value] = [:]

    /// The value kept for `key`, made by `make` (outside the lock) and kept if there is none yet. Two threads
    /// may both make it: the values are the same.
    func value(for key: Int, make: () -> Value) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let value = make()
        lock.lock()
        values[key] = value
        lock.unlock()
        return value
    }
}

/// The cached index file is not a lexicon image this version can read; it is rebuilt.
struct LexiconIndexDamage: Error {
    var path: String
}
