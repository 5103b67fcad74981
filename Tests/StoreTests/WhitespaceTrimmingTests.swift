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
