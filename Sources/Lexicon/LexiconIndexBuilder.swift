import Foundation

/// Builds the lexicon index image from the dictionary files: one pass over each file, merged by key.
///
/// The build runs on the first command after install, over about 20 MB of text and 700,000 keys, so it works
/// on the files' bytes: keys in a `KeyTable`, their facts in flat arrays indexed by key number, payload
/// records in one arena (`PayloadRecords`), and the image written section by section to its file
/// (`LexiconIndexBuilder+Image.swift`). `StringKeyedIndexBuilder` in the tests is the plain String version it
/// must agree with byte for byte.
struct LexiconIndexBuilder {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Room reserved up front for the shipped dictionaries (716,000 keys, fewer than a million records, under
    /// 20 MB of record text; more grows as arrays do): reserved memory is not touched until used, and arrays that never
    /// outgrow their room leave no old copies behind in the allocator, which would count in the peak.
    private static let keyCapacity = 1 << 20
    var keys = KeyTable(capacity: keyCapacity, arenaCapacity: 8 << 20)
    var flags: [LexiconImage.Flags] = []
    var frequency: [UInt32] = []
    var rank: [UInt32] = []
    var registerCount: [UInt32] = []
    var hsk2: [UInt8] = []
    var hsk3: [UInt8] = []
    var records = PayloadRecords(keys: keyCapacity, records: 1 << 20, textBytes: 24 << 20)
    /// For the segmenter: the log of the count it weighs a unit by, where `keepUnitsWhole` raised it.
    var logFrequency: [Int: Double] = [:]
    private var readings = ReadingTally()
    var totalFrequency: UInt64 = 0
    var registerTotal: UInt64 = 0
    /// One array for every line's fields.
    private var fields: [Bytes] = []
    /// One array for every word's prefixes: their lengths and hashes.
    private var prefixHashes: [(length: Int, hash: UInt64)] = []

    private init() {
        flags.reserveCapacity(Self.keyCapacity)
        frequency.reserveCapacity(Self.keyCapacity)
        rank.reserveCapacity(Self.keyCapacity)
        registerCount.reserveCapacity(Self.keyCapacity)
        hsk2.reserveCapacity(Self.keyCapacity)
        hsk3.reserveCapacity(Self.keyCapacity)
    }

    /// The image in memory (for tests).
    static func build(from sources: DictionarySources, checksum: UInt64) throws -> [UInt8] {
        var output = ImageOutput()
        try build(from: sources, checksum: checksum, into: &output)
        return output.bytes
    }

    static func build(from sources: DictionarySources, checksum: UInt64, into output: inout ImageOutput) throws {
        var builder = LexiconIndexBuilder()
        try TextTable.withBytes(of: sources.url("jieba_dict.txt")) { try builder.addFrequencies($0) }
        try TextTable.withBytes(of: sources.url("cedict_ts.u8")) { try builder.addCedict($0) }
        try TextTable.withBytes(of: sources.url("idioms.tsv")) { try builder.addIdioms($0) }
        try TextTable.withBytes(of: sources.url("hsk.tsv")) { try builder.addHSK($0) }
        try TextTable.withBytes(of: sources.url("glossary.tsv")) { try builder.addGlossary($0) }
        try TextTable.withBytes(of: sources.url("register.tsv")) { try builder.addRegister($0) }
        try TextTable.withBytes(of: sources.url("register-skips.tsv")) { try builder.addSkips($0) }
        try TextTable.withBytes(of: sources.url("opencc_st.tsv")) { try builder.addConversions($0) }
        builder.addCommonReadings()
        builder.keepUnitsWhole()
        builder.addPrefixes()
        builder.keys.releaseLookupTable()
        try builder.writeImage(checksum: checksum, to: &output)
    }

    mutating func addFrequencies(_ text: Bytes) throws {
        var counted: [Int32] = []
        var counts: [UInt32] = []
        try TextTable.forEachLine(in: text) { line, number in
            TextTable.split(line, separator: UInt8(ascii: " "), into: &fields)
            guard fields.count >= 2, let count = TextTable.number(fields[1]) else {
                throw LexiconError.malformedLine(file: "jieba_dict.txt", line: number, reason: "expected 'word count tag'")
            }
            let id = key(fields[0])
            flags[id].insert([.word, .jieba])
            frequency[id] = count
            if fields.count >= 3 {
                let tag = fields[2]
                if tag.count == 1, tag[0] == UInt8(ascii: "i") { flags[id].insert(.jiebaIdiom) }
                if tag.count == 1, tag[0] == UInt8(ascii: "l") { flags[id].insert(.jiebaSetPhrase) }
                addRecord(to: id) { record in
                    record.append(contentsOf: "J\t".utf8)
                    record.append(contentsOf: tag)
                }
            }
            counted.append(Int32(id))
            counts.append(count)
            totalFrequency += UInt64(count)
        }
        // Rank 1 is the most frequent word; ties keep the file's order. Sorted as one integer per line: the
        // count, highest first, then the line's place.
        var order = counts.enumerated().map { UInt64(UInt32.max - $0.element) << 32 | UInt64($0.offset) }
        order.sort()
        for (position, packed) in order.enumerated() {
            rank[Int(counted[Int(packed & 0xFFFF_FFFF)])] = UInt32(position + 1)
        }
    }

    mutating func addCedict(_ text: Bytes) throws {
        try TextTable.forEachLine(in: text) { line, number in
            guard let entry = CedictLine(line) else {
                throw LexiconError.malformedLine(file: "cedict_ts.u8", line: number, reason: "expected 'TRAD SIMP [pin1 yin1] /sense/'")
            }
            var entryFlags: LexiconImage.Flags = [.word, .cedict]
            if entry.isIdiom { entryFlags.insert(.cedictIdiom) }
            if entry.isOrdinary { entryFlags.insert(.cedictOrdinary) }
            let record = records.write { entry.writeRecord(to: &$0) }
            let simplified = key(entry.simplified)
            flags[simplified].formUnion(entryFlags)
            records.add(record, to: simplified)
            if !entry.traditional.elementsEqual(entry.simplified) {
                let traditional = key(entry.traditional)
                flags[traditional].formUnion(entryFlags)
                records.add(record, to: traditional)
            }
            countReadings(of: entry, weight: Int(frequency[simplified]) + 1)
        }
    }

    /// Tallies the reading of each character of a word, weighted by the word's frequency (see `ReadingTally`).
    private mutating func countReadings(of entry: CedictLine, weight: Int) {
        let syllables = CedictLine.pieces(of: entry.pinyin, separator: " ")
        var characterStart = 0
        var characters: [Bytes] = []
        while characterStart < entry.simplified.count {
            let length = ReadingTally.scalarLength(lead: entry.simplified[characterStart])
            let end = min(characterStart + length, entry.simplified.count)
            characters.append(Bytes(rebasing: entry.simplified[characterStart..<end]))
            characterStart = end
        }
        guard characters.count == syllables.count else { return }
        // Capitalised syllables are names (surnames, places): they say little about ordinary reading.
        for (character, syllable) in zip(characters, syllables) where CedictLine.startsLowercase(syllable) {
            readings.add(character: character, reading: syllable, weight: weight)
        }
    }

    mutating func addIdioms(_ text: Bytes) throws {
        try TextTable.forEachLine(in: text) { line, number in
            TextTable.split(line, into: &fields)
            guard fields.count == 3 else {
                throw LexiconError.malformedLine(file: "idioms.tsv", line: number, reason: "expected 'idiom<TAB>pinyin<TAB>source'")
            }
            let id = key(fields[0])
            flags[id].formUnion([.word, .xinhuaIdiom])
            let (pinyin, source) = (fields[1], fields[2])
            addRecord(to: id) { record in
                record.append(contentsOf: "I\t".utf8)
                record.append(contentsOf: pinyin)
                record.append(UInt8(ascii: "\t"))
                record.append(contentsOf: source)
            }
        }
    }

    mutating func addHSK(_ text: Bytes) throws {
        try TextTable.forEachLine(in: text) { line, number in
            TextTable.split(line, into: &fields)
            guard fields.count == 4 else {
                throw LexiconError.malformedLine(file: "hsk.tsv", line: number, reason: "expected 'word<TAB>hsk2<TAB>hsk3<TAB>pinyin'")
            }
            // The HSK list gives a character on its own the reading a learner meets first (都 dōu, 了 le):
            // that outweighs whatever the words containing it suggest.
            let word = fields[0]
            let pinyin = fields[3]
            if let lead = word.first, ReadingTally.scalarLength(lead: lead) == word.count, !pinyin.isEmpty,
                !pinyin.contains(UInt8(ascii: " "))
            {
                Self.lowercased(pinyin).withUnsafeBufferPointer { readings.add(character: word, reading: $0, weight: 1 << 40) }
            }
            // HSK lists include a few patterns (…分之…, __些) that are not words: they are looked up, never segmented.
            let id = key(word)
            // An empty or unknown level is no level: 0 in the image.
            hsk2[id] = TextTable.number(fields[1], as: UInt8.self) ?? 0
            hsk3[id] = HSKBand(rawValue: String(decoding: fields[2], as: UTF8.self))?.code ?? 0
        }
    }

    /// `String.lowercased()`, as bytes; ASCII (all of the HSK list's pinyin but a few) without making a String.
    private static func lowercased(_ text: Bytes) -> [UInt8] {
        guard text.allSatisfy({ $0 < 0x80 }) else { return Array(String(decoding: text, as: UTF8.self).lowercased().utf8) }
        return text.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
    }

    mutating func addGlossary(_ text: Bytes) throws {
        var variants: [GlossaryEntry] = []
        var rows: [GlossaryEntry] = []
        try TextTable.forEachLine(in: text) { (line: Bytes, number: Int) in
            let entry: GlossaryEntry
            do throws(GlossaryRowError) { entry = try GlossaryEntry(row: Substring(String(decoding: line, as: UTF8.self))) } catch {
                throw LexiconError.malformedLine(file: "glossary.tsv", line: number, reason: error.description)
            }
            addGlossaryRow(entry)
            if let variant = entry.withoutParticle { variants.append(variant) }
            rows.append(entry)
        }
        // The spellings with 的 are read once every row is in: a word a place would cut may be a glossary unit.
        func flagsOfKey(_ word: String) -> LexiconImage.Flags {
            var word = word
            return word.withUTF8 { keys.find($0, hash: FNV1a.hash($0)) }.map { flags[$0] } ?? []
        }
        for entry in rows {
            variants += entry.withParticle(isWord: { flagsOfKey($0).contains(.word) }, isUnit: { flagsOfKey($0).contains(.glossary) })
        }
        // A spelling without 的, or with one, is the glossary's unit only where the glossary has no row of its own for it.
        for variant in variants {
            var term = Self.glossaryKey(variant.term)
            let existing = term.withUTF8 { keys.find($0, hash: FNV1a.hash($0)) }
            if let existing, flags[existing].contains(.glossary) { continue }
            addGlossaryRow(variant)
        }
    }

    private mutating func addGlossaryRow(_ entry: GlossaryEntry) {
        var term = Self.glossaryKey(entry.term)
        let id = term.withUTF8 { key($0) }
        flags[id].formUnion([.word, .glossary])
        addRecord(to: id) { record in
            record.append(contentsOf: "G\t".utf8)
            record.append(contentsOf: entry.row.utf8)
        }
    }

    /// `LexiconKey.of(term)`, without its String search where the term's bytes have no 、 (E3 80 81) at all.
    private static func glossaryKey(_ term: String) -> String {
        let bytes = Array(term.utf8)
        guard bytes.count >= 3, (0...(bytes.count - 3)).contains(where: { bytes[$0] == 0xE3 && bytes[$0 + 1] == 0x80 && bytes[$0 + 2] == 0x81 })
        else { return term }
        return LexiconKey.of(term)
    }

    /// Counts in Tifa's corpus of political text: how much a word belongs to that register.
    mutating func addRegister(_ text: Bytes) throws {
        try TextTable.forEachLine(in: text) { line, number in
            TextTable.split(line, into: &fields)
            guard fields.count >= 2, let count = TextTable.number(fields[1]) else {
                throw LexiconError.malformedLine(file: "register.tsv", line: number, reason: "expected 'unit<TAB>count<TAB>…'")
            }
            registerCount[key(fields[0])] = count
            registerTotal += UInt64(count)
        }
    }

    /// The units the glossary's translators judged no card (`unit<TAB>reason`): a key of the dictionaries is marked,
    /// and no key is added for a unit no dictionary has.
    mutating func addSkips(_ text: Bytes) throws {
        try TextTable.forEachLine(in: text) { line, number in
            TextTable.split(line, into: &fields)
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw LexiconError.malformedLine(file: "register-skips.tsv", line: number, reason: "expected 'unit<TAB>reason'")
            }
            if let id = keys.find(fields[0], hash: FNV1a.hash(fields[0])) { flags[id].insert(.judgedNoUnit) }
        }
    }

    /// OpenCC's simplified-to-traditional phrases and characters, each key with its traditional form and
    /// every proper prefix marked, so a conversion can find the longest phrase at a position.
    mutating func addConversions(_ text: Bytes) throws {
        try TextTable.forEachLine(in: text) { line, number in
            TextTable.split(line, into: &fields)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw LexiconError.malformedLine(file: "opencc_st.tsv", line: number, reason: "expected 'simplified<TAB>traditional'")
            }
            let (simplified, traditional) = (fields[0], fields[1])
            let id = key(simplified)
            flags[id].insert(.conversion)
            addRecord(to: id) { record in
                record.append(contentsOf: "T\t".utf8)
                record.append(contentsOf: traditional)
            }
            markProperPrefixes(of: simplified, .conversionPrefix)
        }
    }

    private mutating func addCommonReadings() {
        var additions: [(character: [UInt8], reading: [UInt8])] = []
        readings.forEachCommonReading { additions.append((Array($0), Array($1))) }
        for (character, reading) in additions {
            let id = character.withUnsafeBufferPointer { key($0) }
            addRecord(to: id) { record in
                record.append(contentsOf: "R\t".utf8)
                record.append(contentsOf: reading)
            }
        }
    }

    /// Glossary terms and idioms are units a learner wants whole, but most are missing from jieba's counts:
    /// counted once, 国际秩序 would lose to 国际 + 秩序. As jieba does for words a user adds, each is weighed
    /// just above its most probable split into other words, so the segmenter keeps it whole.
    private mutating func keepUnitsWhole() {
        let logTotal = log(Double(max(totalFrequency, 1)))
        let units: LexiconImage.Flags = [.glossary, .xinhuaIdiom, .cedictIdiom]
        var adjusted: [(id: Int, logFrequency: Double)] = []
        var starts: [Int] = []
        var best: [Double] = []
        for id in 0..<keys.count where !flags[id].isDisjoint(with: units) {
            keys.withKey(id) { word in
                // starts[i]: where character i begins; starts[count] is the word's end.
                starts.removeAll(keepingCapacity: true)
                for position in word.indices where word[position] & 0xC0 != 0x80 { starts.append(position) }
                let count = starts.count
                starts.append(word.count)
                guard count >= 2 else { return }
                // best[i]: the log-probability of the most probable split of characters i... into other words.
                best = [Double](repeating: -.infinity, count: count + 1)
                best[count] = 0
                for start in stride(from: count - 1, through: 0, by: -1) {
                    var hash = FNV1a()
                    for end in start..<count {
                        for position in starts[end]..<starts[end + 1] { hash.combine(word[position]) }
                        if start == 0 && end == count - 1 { break }
                        let piece = Bytes(rebasing: word[starts[start]..<starts[end + 1]])
                        var pieceCount: Double?
                        if let found = keys.find(piece, hash: hash.value), flags[found].contains(.word) {
                            pieceCount = Double(max(frequency[found], 1))
                        } else if end == start {
                            pieceCount = 1
                        }
                        if let pieceCount { best[start] = max(best[start], log(pieceCount) - logTotal + best[end + 1]) }
                    }
                }
                let split = best[0] + logTotal
                let own = log(Double(max(frequency[id], 1)))
                if split + 0.1 > own { adjusted.append((id, split + 0.1)) }
            }
        }
        for (id, value) in adjusted { logFrequency[id] = value }
    }

    /// Adds every proper prefix of every word (by Unicode scalar), flagged as such.
    private mutating func addPrefixes() {
        var word: [UInt8] = []
        for id in 0..<keys.count where flags[id].contains(.word) {
            // Copied out: adding prefixes grows the key arena the word lives in.
            word.removeAll(keepingCapacity: true)
            keys.withKey(id) { word.append(contentsOf: $0) }
            word.withUnsafeBufferPointer { markProperPrefixes(of: $0, .prefix) }
        }
    }

    /// Adds each proper prefix of `word` (by Unicode scalar) as a key with `flag`, the longest first. Only
    /// this marks keys with `flag`, and it marks every shorter prefix of a key with it, so at the first prefix
    /// already marked the shorter ones are too: most words stop after one or two lookups.
    private mutating func markProperPrefixes(of word: Bytes, _ flag: LexiconImage.Flags) {
        prefixHashes.removeAll(keepingCapacity: true)
        var hash = FNV1a()
        for position in word.indices {
            if position > 0, word[position] & 0xC0 != 0x80 { prefixHashes.append((position, hash.value)) }
            hash.combine(word[position])
        }
        for (length, hash) in prefixHashes.reversed() {
            let id = key(Bytes(rebasing: word[..<length]), hash: hash)
            if flags[id].contains(flag) { return }
            flags[id].insert(flag)
        }
    }

    /// The number of `bytes` as a key, added with no facts if it is new.
    private mutating func key(_ bytes: Bytes, hash: UInt64? = nil) -> Int {
        let id = keys.insert(bytes, hash: hash ?? FNV1a.hash(bytes))
        if id == flags.count {
            flags.append([])
            frequency.append(0)
            rank.append(0)
            registerCount.append(0)
            hsk2.append(0)
            hsk3.append(0)
        }
        return id
    }

    private mutating func addRecord(to id: Int, _ write: (inout [UInt8]) -> Void) {
        records.add(records.write(write), to: id)
    }
}
