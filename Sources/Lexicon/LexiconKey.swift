/// The key a term is stored and looked up under. The glossary writes an enumerated formulation with its
/// enumeration commas (科教兴国、人才强国) and a couplet with one between its halves (合则两利、斗则俱伤); a text may
/// write the first with or without them and the second with a comma (“合则两利，斗则俱伤”): all find one entry.
public enum LexiconKey {
    /// The marks a key leaves out: they set a term's parts apart but have no syllable.
    public static let droppedMarks: Set<Unicode.Scalar> = ["、", "，"]

    public static func of(_ term: String) -> String {
        // Most terms have no comma: looking for its scalars costs little, where Foundation's search for a string
        // (which finds nothing where the scalar is not) bridged every term to an NSString.
        guard term.unicodeScalars.contains(where: droppedMarks.contains) else { return term }
        return String(String.UnicodeScalarView(term.unicodeScalars.filter { !droppedMarks.contains($0) }))
    }
}
