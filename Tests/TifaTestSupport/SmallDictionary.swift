import Foundation

/// A dictionary folder of a few entries in the shape of `Dictionaries/` (every file the lexicon is built from):
/// its index builds in milliseconds where the shipped dictionaries take seconds in a debug build, so the tests of
/// building, reusing and rebuilding the lexicon cache use it (`TIFA_DICTIONARIES` points the binary at it).
public enum SmallDictionary {
    /// The files, by name: one idiom (同舟共济) with its traditional form, pinyin, classical source and HSK band;
    /// one glossary formulation with a register count (上海精神); one conversion (济 → 濟).
    public static let files: [String: String] = [
        "cedict_ts.u8": "# CC-CEDICT\n同舟共濟 同舟共济 [tong2 zhou1 gong4 ji4] /cross a river in the same boat (idiom)/\n",
        "jieba_dict.txt": "同舟共济 30 i\n同舟 5 n\n",
        "idioms.tsv": "# idiom\tpinyin\tsource\n同舟共济\ttóng zhōu gòng jì\t《孙子·九地》\n",
        "hsk.tsv": "# word\thsk2\thsk3\tpinyin\n同舟共济\t\tsupplemental\t\n",
        "register.tsv": "# word\tcount\n上海精神\t25\n",
        "register-skips.tsv": "# unit\treason\n同舟\tfragment\n",
        "glossary.tsv": "上海精神\tShang4 hai3 jing1 shen2\tShanghai Spirit\tdiplomacy\tformulation\tmutual trust\t\t2\n",
        "opencc_st.tsv": "# simplified\ttraditional\n济\t濟\n",
    ]

    /// Writes the files into `folder` (created if need be) and returns it.
    @discardableResult
    public static func write(to folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }
}
