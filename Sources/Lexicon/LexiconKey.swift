/// The key a term is stored and looked up under. The glossary writes an enumerated formulation with its
/// enumeration commas (科教兴国、人才强国), a text may write it with or without them: both find one entry.
public enum LexiconKey {
    public static func of(_ term: String) -> String {
        // Most terms have no enumeration comma: looking for its scalar costs little, where Foundation's search
        // for a string (which finds nothing where the scalar is not) bridged every term to an NSString.
        guard term.unicodeScalars.contains("、") else { return term }
        return term.contains("、") ? term.replacingOccurrences(of: "、", with: "") : term
    }
}
