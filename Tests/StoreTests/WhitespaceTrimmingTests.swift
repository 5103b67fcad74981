import Foundation
import Testing

@testable import Store

@Suite("Trimming white space")
struct WhitespaceTrimmingTests {
    @Test("the ends trimmed are Foundation's, for every scalar of the Basic Multilingual Plane and beyond")
    func sameAsFoundation() {
        for value in UInt32(0)..<0x30000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar)\(scalar) 词 x\(scalar)"
            #expect(
                text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "U+\(String(value, radix: 16))")
        }
        #expect("  \n\t ".trimmedOfWhitespace == "" && " 同舟共济\u{3000}".trimmedOfWhitespace == "同舟共济")
    }
}

@Suite("White space inside tags")
struct TagWhitespaceTests {
    @Test("a character is white space as Character.isWhitespace says, for ASCII, CR LF and beyond")
    func sameAsCharacter() throws {
        var characters: [Character] = ["\r\n", "\u{3000}", "\u{00A0}", "\u{200B}", "词", "é"]
        for value in 0..<128 { characters.append(Character(try #require(Unicode.Scalar(value)))) }
        for character in characters {
            #expect(isWhitespace(character) == character.isWhitespace, "\(character.unicodeScalars.map(\.value))")
        }
        #expect(Note.joinTags(["a b\tc", "x\u{3000}y", "a_b_c"]) == "a_b_c x_y")
    }
}
