/// The key a term is stored and looked up under. The glossary writes an enumerated formulation with its
/// enumeration commas (科教兴国、人才强国), a text may write it with or without them: both find one entry.
public enum LexiconKey {
    public static func of(_ term: String) -> String {
        term.contains("、") ? term.replacingOccurrences(of: "、", with: "") : term
    }
}
