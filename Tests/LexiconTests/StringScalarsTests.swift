import Testing

@testable import Lexicon

@Suite struct StringScalarsTests {
    /// The one-pass construction gives the same string as the standard library's, for scalars of every width:
    /// ASCII, Latin with a combining mark, CJK, and a supplementary-plane character (𠮷, four bytes).
    @Test(arguments: ["", "a", "Zhōngguó", "e\u{301}", "同舟共济", "𠮷野家", "“两个一百年”目标", "G20 峰会 🙂"])
    func sameAsTheStandardLibrary(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let made = String(scalars: scalars)
        #expect(made == String(String.UnicodeScalarView(scalars)))
        #expect(Array(made.utf8) == Array(text.utf8))
        if scalars.count > 2 {
            let slice = scalars[1..<scalars.count - 1]
            #expect(String(scalars: slice) == String(String.UnicodeScalarView(slice)))
        }
    }
}
