import Foundation

@testable import Lexicon

/// The index builder as it was before it read the files as bytes (commit 9bfa2c8), kept as the reference
/// the byte-level `LexiconIndexBuilder` must agree with byte for byte: String keys in a Dictionary, an array of
/// String records per key, the image assembled in memory. Slow (about 6 s on the shipped dictionaries in a
/// release build) but plainly right.
struct StringKeyedIndexBuilder {
    private struct Key {
        var flags: LexiconImage.Flags = []
        var frequency: UInt32 = 0
        var registerCount: UInt32 = 0
        var rank: UInt32 = 0
        var hsk2: UInt8 = 0
        var hsk3: UInt8 = 0
        var records: [String] = []
        /// For the segmenter: the log of the count it weighs the word by (see `keepUnitsWhole`).
        var logFrequency: Double?
    }

    private var keys: [String: Key] = [:]
    private var readingWeights: [Unicode.Scalar: [String: Int]] = [:]
    private var totalFrequency: UInt64 = 0
    private var registerTotal: UInt64 = 0

    static func build(from sources: DictionarySources, checksum: UInt64) throws -> [UInt8] {
        var builder = StringKeyedIndexBuilder()
        try builder.addFrequencies(TextTable.read(sources.url("jieba_dict.txt")))
        try builder.addCedict(TextTable.read(sources.url("cedict_ts.u8")))
        try builder.addIdioms(TextTable.read(sources.url("idioms.tsv")))
        try builder.addHSK(TextTable.read(sources.url("hsk.tsv")))
        try builder.addGlossary(TextTable.read(sources.url("glossary.tsv")))
        try builder.addRegister(TextTable.read(sources.url("register.tsv")))
        try builder.addSkips(TextTable.read(sources.url("register-skips.tsv")))
        try builder.addConversions(TextTable.read(sources.url("opencc_st.tsv")))
        builder.addCommonReadings()
        builder.keepUnitsWhole()
        builder.addPrefixes()
        return builder.image(checksum: checksum)
    }

    mutating func addFrequencies(_ text: String) throws {
        var counts: [(String, UInt32)] = []
        try TextTable.forEachLine(in: text) { line, number in
            let fields = TextTable.fields(line, separator: UInt8(ascii: " "))
            guard fields.count >= 2, let count = UInt32(fields[1]) else {
                throw LexiconError.malformedLine(file: "jieba_dict.txt", line: number, reason: "expected 'word count tag'")
            }
            let word = String(fields[0])
            modify(word) { key in
                key.flags.insert([.word, .jieba])
                key.frequency = count
                if fields.count >= 3 {
                    switch fields[2] {
                    case "i": key.flags.insert(.jiebaIdiom)
                    case "l": key.flags.insert(.jiebaSetPhrase)
                    default: break
                    }
                    key.records.append("J\t\(fields[2])")
                }
            }
            counts.append((word, count))
            totalFrequency += UInt64(count)
        }
        // Rank 1 is the most frequent word; ties keep the file's order.
        let order = counts.indices.sorted { counts[$0].1 > counts[$1].1 || (counts[$0].1 == counts[$1].1 && $0 < $1) }
        for (rank, index) in order.enumerated() {
            modify(counts[index].0) { $0.rank = UInt32(rank + 1) }
        }
    }

    mutating func addCedict(_ text: String) throws {
        try TextTable.forEachLine(in: text) { line, number in
            guard let entry = CedictEntry(line: line) else {
                throw LexiconError.malformedLine(file: "cedict_ts.u8", line: number, reason: "expected 'TRAD SIMP [pin1 yin1] /sense/'")
            }
            let record = "C\t\(entry.traditional)\t\(entry.simplified)\t\(entry.pinyin)\t\(entry.senses.joined(separator: "/"))"
            var flags: LexiconImage.Flags = [.word, .cedict]
            if entry.isIdiom { flags.insert(.cedictIdiom) }
            if Lexicon.isOrdinary(entry) { flags.insert(.cedictOrdinary) }
            for form in Set([entry.simplified, entry.traditional]) {
                modify(form) { key in
                    key.flags.formUnion(flags)
                    key.records.append(record)
                }
            }
            countReadings(of: entry)
        }
    }

    /// Tallies which reading each character has in the words it occurs in, weighted by the words' frequency,
    /// so a polyphone gets its common reading (行 xíng over háng) when no word gives it one.
    private mutating func countReadings(of entry: CedictEntry) {
        let characters = Array(entry.simplified.unicodeScalars)
        let syllables = entry.pinyin.split(separator: " ")
        guard characters.count == syllables.count else { return }
        // Capitalised syllables are names (surnames, places): they say little about ordinary reading.
        let weight = Int(keys[entry.simplified]?.frequency ?? 0) + 1
        for (character, syllable) in zip(characters, syllables) where syllable.first?.isLowercase == true {
            readingWeights[character, default: [:]][String(syllable), default: 0] += weight
        }
    }

    mutating func addIdioms(_ text: String) throws {
        try TextTable.forEachLine(in: text) { line, number in
            let fields = TextTable.fields(line)
            guard fields.count == 3 else {
                throw LexiconError.malformedLine(file: "idioms.tsv", line: number, reason: "expected 'idiom<TAB>pinyin<TAB>source'")
            }
            modify(String(fields[0])) { key in
                key.flags.formUnion([.word, .xinhuaIdiom])
                key.records.append("I\t\(fields[1])\t\(fields[2])")
            }
        }
    }

    mutating func addHSK(_ text: String) throws {
        try TextTable.forEachLine(in: text) { line, number in
            let fields = TextTable.fields(line)
            guard fields.count == 4 else {
                throw LexiconError.malformedLine(file: "hsk.tsv", line: number, reason: "expected 'word<TAB>hsk2<TAB>hsk3<TAB>pinyin'")
            }
            // The HSK list gives a character on its own the reading a learner meets first (都 dōu, 了 le):
            // that outweighs whatever the words containing it suggest.
            let scalars = fields[0].unicodeScalars
            if scalars.count == 1, let character = scalars.first, !fields[3].isEmpty, !fields[3].contains(" ") {
                readingWeights[character, default: [:]][String(fields[3]).lowercased(), default: 0] += 1 << 40
            }
            // HSK lists include a few patterns (…分之…, __些) that are not words: they are looked up, never segmented.
            modify(String(fields[0])) { key in
                key.hsk2 = UInt8(fields[1]) ?? 0
                key.hsk3 = HSKBand(rawValue: String(fields[2]))?.code ?? 0
            }
        }
    }

    mutating func addGlossary(_ text: String) throws {
        var variants: [GlossaryEntry] = []
        var rows: [GlossaryEntry] = []
        try TextTable.forEachLine(in: text) { line, number in
            let entry: GlossaryEntry
            do { entry = try GlossaryEntry(row: line) } catch {
                throw LexiconError.malformedLine(file: "glossary.tsv", line: number, reason: (error as? GlossaryRowError)?.description ?? "\(error)")
            }
            addGlossaryRow(entry)
            if let variant = entry.withoutParticle { variants.append(variant) }
            rows.append(entry)
        }
        for entry in rows {
            variants += entry.withParticle(
                isWord: { keys[LexiconKey.of($0)]?.flags.contains(.word) == true },
                isUnit: { keys[LexiconKey.of($0)]?.flags.contains(.glossary) == true })
        }
        // A spelling without 的, or with one, is the glossary's unit only where the glossary has no row of its own for it.
        for variant in variants where keys[LexiconKey.of(variant.term)]?.flags.contains(.glossary) != true {
            addGlossaryRow(variant)
        }
    }

    private mutating func addGlossaryRow(_ entry: GlossaryEntry) {
        modify(LexiconKey.of(entry.term)) { key in
            key.flags.formUnion([.word, .glossary])
            key.records.append("G\t\(entry.row)")
        }
    }

    /// Counts in Tifa's corpus of political text: how much a word belongs to that register.
    mutating func addRegister(_ text: String) throws {
        try TextTable.forEachLine(in: text) { line, number in
            let fields = TextTable.fields(line)
            guard fields.count >= 2, let count = UInt32(fields[1]) else {
                throw LexiconError.malformedLine(file: "register.tsv", line: number, reason: "expected 'unit<TAB>count<TAB>…'")
            }
            modify(String(fields[0])) { $0.registerCount = count }
            registerTotal += UInt64(count)
        }
    }

    mutating func addSkips(_ text: String) throws {
        try TextTable.forEachLine(in: text) { line, number in
            let fields = TextTable.fields(line)
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw LexiconError.malformedLine(file: "register-skips.tsv", line: number, reason: "expected 'unit<TAB>reason'")
            }
            let unit = String(fields[0])
            if keys[unit] != nil { modify(unit) { $0.flags.insert(.judgedNoUnit) } }
        }
    }

    /// OpenCC's simplified-to-traditional phrases and characters, each key with its traditional form and
    /// every proper prefix marked, so a conversion can find the longest phrase at a position.
    mutating func addConversions(_ text: String) throws {
        try TextTable.forEachLine(in: text) { line, number in
            let fields = TextTable.fields(line)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw LexiconError.malformedLine(file: "opencc_st.tsv", line: number, reason: "expected 'simplified<TAB>traditional'")
            }
            modify(String(fields[0])) { key in
                key.flags.insert(.conversion)
                key.records.append("T\t\(fields[1])")
            }
            var prefix = String.UnicodeScalarView()
            for scalar in fields[0].unicodeScalars.dropLast() {
                prefix.append(scalar)
                modify(String(prefix)) { $0.flags.insert(.conversionPrefix) }
            }
        }
    }

    /// One hash lookup for a read-modify-write of a key's facts.
    private mutating func modify(_ word: String, _ body: (inout Key) -> Void) {
        body(&keys[word, default: Key()])
    }

    private mutating func addCommonReadings() {
        for (character, weights) in readingWeights {
            guard let best = weights.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { continue }
            modify(String(character)) { $0.records.append("R\t\(best.key)") }
        }
    }

    /// Glossary terms and idioms are units a learner wants whole, but most are missing from jieba's counts:
    /// counted once, 国际秩序 would lose to 国际 + 秩序. As jieba does for words a user adds, each is weighed
    /// just above its most probable split into other words, so the segmenter keeps it whole.
    private mutating func keepUnitsWhole() {
        let logTotal = log(Double(max(totalFrequency, 1)))
        let units: LexiconImage.Flags = [.glossary, .xinhuaIdiom, .cedictIdiom]
        var adjusted: [String: Double] = [:]
        for (word, key) in keys where !key.flags.isDisjoint(with: units) {
            let characters = Array(word.unicodeScalars)
            guard characters.count >= 2 else { continue }
            // best[i]: the log-probability of the most probable split of characters[i...] into other words.
            var best = [Double](repeating: -.infinity, count: characters.count + 1)
            best[characters.count] = 0
            for start in stride(from: characters.count - 1, through: 0, by: -1) {
                var piece = String.UnicodeScalarView()
                for end in start..<characters.count {
                    piece.append(characters[end])
                    if start == 0 && end == characters.count - 1 { break }
                    let count =
                        keys[String(piece)].flatMap { $0.flags.contains(.word) ? Double(max($0.frequency, 1)) : nil }
                        ?? (end == start ? 1 : nil)
                    if let count { best[start] = max(best[start], log(count) - logTotal + best[end + 1]) }
                }
            }
            let split = best[0] + logTotal
            let own = log(Double(max(key.frequency, 1)))
            if split + 0.1 > own { adjusted[word] = split + 0.1 }
        }
        for (word, logFrequency) in adjusted { modify(word) { $0.logFrequency = logFrequency } }
    }

    /// Adds every proper prefix of every word (by Unicode scalar), flagged as such.
    private mutating func addPrefixes() {
        let words = keys.filter { $0.value.flags.contains(.word) }.map(\.key)
        for word in words {
            var prefix = String.UnicodeScalarView()
            for scalar in word.unicodeScalars.dropLast() {
                prefix.append(scalar)
                modify(String(prefix)) { $0.flags.insert(.prefix) }
            }
        }
    }

    private func image(checksum: UInt64) -> [UInt8] {
        let ordered = keys.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        let slotCount = LexiconImage.slotCount(forKeys: ordered.count)
        var entries = ImageWriter()
        // The natural log of the count (a word missing from jieba's counts counts once), ready for the segmenter;
        // the distinct values numbered from 1 in the order of their bit patterns.
        let logFrequencies = ordered.map { Float($0.value.logFrequency ?? log(Double(max($0.value.frequency, 1)))).bitPattern }
        let table = Set(logFrequencies).sorted()
        let places = Dictionary(uniqueKeysWithValues: table.enumerated().map { ($0.element, $0.offset) })
        precondition(table.count < LexiconSlot.logFrequencyCapacity, "too many distinct log-frequencies for the slot layout")
        // Per slot: the fingerprint, flags and log-frequency number; then the entry number plus one.
        var slots = [UInt64](repeating: 0, count: slotCount)
        var slotEntries = [UInt32](repeating: 0, count: slotCount)
        var keyBytes: [UInt8] = []
        var payload: [UInt8] = []
        for (index, (word, key)) in ordered.enumerated() {
            let keyOffset = keyBytes.count
            keyBytes.append(contentsOf: word.utf8)
            let payloadOffset = payload.count
            payload.append(contentsOf: key.records.joined(separator: "\n").utf8)
            entries.append(UInt32(keyOffset))
            entries.append(UInt16(word.utf8.count))
            entries.append(key.flags.rawValue)
            entries.append(key.frequency)
            entries.append(key.rank)
            entries.append(UInt32(payloadOffset))
            entries.append(UInt32(payload.count - payloadOffset))
            entries.append(key.hsk2)
            entries.append(key.hsk3)
            entries.append(UInt16(0))
            entries.append(key.registerCount)
            let hash = FNV1a.hash(word.utf8)
            var slot = Int(hash & UInt64(slotCount - 1))
            while slotEntries[slot] != 0 {
                // A probe takes the first slot with its fingerprint; a key passing another with it would be lost.
                precondition(slots[slot] >> 16 != hash >> 16, "two lexicon keys share a 48-bit fingerprint")
                slot = (slot + 1) & (slotCount - 1)
            }
            guard let place = places[logFrequencies[index]] else { preconditionFailure("value missing from its table") }
            var slotWord = (hash >> 16) << 16 | UInt64(place + 1)
            if key.flags.contains(.word) { slotWord |= LexiconSlot.isWord }
            if key.flags.contains(.prefix) { slotWord |= LexiconSlot.isPrefix }
            slots[slot] = slotWord
            slotEntries[slot] = UInt32(index + 1)
        }
        var logFrequencyTable = [UInt32](repeating: 0, count: LexiconSlot.logFrequencyCapacity)
        for (place, bitPattern) in table.enumerated() { logFrequencyTable[place + 1] = bitPattern }
        let entriesOffset = LexiconImage.headerSize
        let slotsOffset = entriesOffset + entries.bytes.count
        let keysOffset = slotsOffset + slotCount * 12 + LexiconSlot.logFrequencyCapacity * 4
        let payloadOffset = keysOffset + keyBytes.count
        var header = ImageWriter()
        header.bytes.append(contentsOf: LexiconImage.magic)
        header.append(LexiconImage.formatVersion)
        header.append(UInt32(ordered.count))
        header.append(UInt32(slotCount))
        header.append(UInt32(clamping: totalFrequency))
        header.append(checksum)
        for value in [entriesOffset, slotsOffset, keysOffset, keyBytes.count, payloadOffset, payload.count] {
            header.append(UInt64(value))
        }
        header.append(registerTotal)
        precondition(header.bytes.count == LexiconImage.headerSize)
        var image = header.bytes
        image.reserveCapacity(payloadOffset + payload.count)
        image.append(contentsOf: entries.bytes)
        var slotSections = ImageWriter()
        for value in slots { slotSections.append(value) }
        for value in slotEntries { slotSections.append(value) }
        for value in logFrequencyTable { slotSections.append(value) }
        image.append(contentsOf: slotSections.bytes)
        image.append(contentsOf: keyBytes)
        image.append(contentsOf: payload)
        return image
    }
}

/// Little-endian serialisation of fixed-width integers.
private struct ImageWriter {
    var bytes: [UInt8] = []

    mutating func append<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
