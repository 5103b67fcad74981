import Foundation
import Testing
import TifaTestSupport

@testable import Lexicon

/// The byte-level index builder writes exactly the image the String-keyed one did: same keys, facts, records,
/// slots and header, byte for byte, on the shipped dictionaries and on small files made to hit the edge cases.
@Suite struct IndexBuilderAgreementTests {
    @Test func shippedDictionariesGiveTheSameImage() throws {
        let sources = ShippedLexicon.sources
        let checksum = try sources.checksum()
        let image = try LexiconIndexBuilder.build(from: sources, checksum: checksum)
        let reference = try StringKeyedIndexBuilder.build(from: sources, checksum: checksum)
        #expect(image.count == reference.count)
        #expect(image == reference)
    }

    @Test func smallDictionaryGivesTheSameImage() throws {
        let folder = try TemporaryFolder()
        let sources = DictionarySources(directory: try SmallDictionary.write(to: folder.file("Dictionaries")))
        #expect(try LexiconIndexBuilder.build(from: sources, checksum: 7) == StringKeyedIndexBuilder.build(from: sources, checksum: 7))
    }

    /// Carriage returns, comments, blank lines, a word listed twice, equal counts (ranked in file order), a
    /// traditional form equal to the simplified one, blank and name-only senses, a polyphone whose readings
    /// tie, upper-case and non-ASCII HSK pinyin, a glossary term with 的 and one with enumeration commas, and
    /// OpenCC phrases sharing prefixes.
    @Test func edgeCasesGiveTheSameImage() throws {
        let folder = try TemporaryFolder()
        let directory = folder.file("Dictionaries")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let files: [String: String] = [
            "jieba_dict.txt": "# counts\r\n行 50 v\r\n银行 20 n\n\n行 60 v\n同舟共济 30 i\n另当别论 30 l\n共济 30\n张 7 nr\n",
            "cedict_ts.u8": """
            # CC-CEDICT
            行 行 [xing2] /to walk/to go/
            行 行 [hang2] /row/line/
            銀行 银行 [yin2 hang2] /bank/
            張 张 [Zhang1] /surname Zhang/
            張 张 [zhang1] /classifier for flat objects/
            同舟共濟 同舟共济 [tong2 zhou1 gong4 ji4] /cross a river in the same boat (idiom)/ /
            另當別論 另当别论 [ling4 dang1 bie2 lun4] /to treat differently/variant of something/
            乾 干 [gan1] /old variant of 干/

            """,
            "idioms.tsv": "同舟共济\ttóng zhōu gòng jì\t《孙子·九地》\n风雨同舟\tfēng yǔ tóng zhōu\t\n",
            "hsk.tsv": "行\t1\tentry\tXING2\n了\t\tintermediate\tLe5\n张\t2\tnone\tzhāng\n分之\t\tadvanced\tfen zhi\n",
            "glossary.tsv": """
            坚定的立场\tjian1 ding4 de5 li4 chang3\tfirm stand\tdiplomacy\tformulation\t\t\t2
            科教兴国、人才强国\tke1 jiao4 xing1 guo2 ren2 cai2 qiang2 guo2\tstrategies | national strategies \tgovernance\tformulation\t\t\t1

            """,
            "register.tsv": "# unit\tcount\n银行\t12\textra\n科教兴国人才强国\t3\n",
            "register-skips.tsv": "# unit\treason\n另当别论\tcompositional\n无此词\tfragment\n",
            "opencc_st.tsv": "# simplified\ttraditional\n干部\t幹部\n干部们\t幹部們\n济\t濟\n银\t銀\n",
        ]
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let sources = DictionarySources(directory: directory)
        let image = try LexiconIndexBuilder.build(from: sources, checksum: 1)
        #expect(image == (try StringKeyedIndexBuilder.build(from: sources, checksum: 1)))
        // And the image says what the files say (checked by hand, not only against the reference).
        let path = folder.file("index.bin").path
        try Data(image).write(to: URL(fileURLWithPath: path))
        let lexicon = Lexicon(index: try LexiconIndex(path: path))
        #expect(lexicon.word("行")?.frequency == 60)
        // Ranked by count, ties in file order: 行 60, 行 50, then the three 30s. A word listed twice keeps the
        // rank of its later place in that order.
        #expect(lexicon.word("行")?.frequencyRank == 2)
        #expect(lexicon.word("同舟共济")?.frequencyRank == 3)
        #expect(lexicon.word("另当别论")?.frequencyRank == 4)
        #expect(lexicon.entry("坚定立场")?.isInGlossary == true)
        #expect(lexicon.entry("科教兴国人才强国")?.registerCount == 3)
        #expect(lexicon.entry("干部")?.isConversionPrefix == true)
        // A skipped unit marks a key the dictionaries have and adds none.
        #expect(lexicon.entry("另当别论")?.isJudgedNoUnit == true && lexicon.entry("同舟共济")?.isJudgedNoUnit == false)
        #expect(lexicon.entry("无此词") == nil)
    }

    @Test func malformedLinesAreNamedAsBefore() throws {
        let cases: [(file: String, text: String, line: Int)] = [
            ("jieba_dict.txt", "好 1 a\n坏 x a\n", 2),
            ("cedict_ts.u8", "# c\n好 好 [hao3] / /\n", 2),
            ("idioms.tsv", "同舟共济\tpinyin\n", 1),
            ("hsk.tsv", "好\t1\tentry\n", 1),
            ("register.tsv", "好\t-3\n", 1),
            ("register-skips.tsv", "# unit\treason\n好\n", 2),
            ("opencc_st.tsv", "干\t\n", 1),
        ]
        for (file, text, line) in cases {
            let folder = try TemporaryFolder()
            let directory = try SmallDictionary.write(to: folder.file("Dictionaries"))
            try text.write(to: directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
            let sources = DictionarySources(directory: directory)
            var expected: (any Error)?
            do { _ = try StringKeyedIndexBuilder.build(from: sources, checksum: 0) } catch { expected = error }
            var thrown: (any Error)?
            do { _ = try LexiconIndexBuilder.build(from: sources, checksum: 0) } catch { thrown = error }
            guard case let .malformedLine(name, number, _) = thrown as? LexiconError else {
                Issue.record("\(file): \(String(describing: thrown))")
                continue
            }
            #expect(name == file)
            #expect(number == line)
            #expect(thrown as? LexiconError == expected as? LexiconError)
        }
    }
}
