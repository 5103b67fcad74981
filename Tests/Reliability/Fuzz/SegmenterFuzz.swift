// libFuzzer target: the segmenter (compiled together with Sources/Lexicon by ../fuzz.sh) over the shipped
// lexicon, whose index is opened once from TIFA_CACHE_DIR (built there first if needed).
import Foundation

nonisolated(unsafe) var segmenter: Segmenter?

@_cdecl("LLVMFuzzerInitialize")
public func segmenterFuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    do {
        segmenter = Segmenter(lexicon: try Lexicon.load())
    } catch {
        fatalError("cannot open the lexicon: \(error)")
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func segmenterFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let tokens = segmenter!.segment(utf8: UnsafeBufferPointer(start: data, count: size))
    var end = 0
    for token in tokens {
        precondition(token.start >= end && token.end > token.start && token.end <= size, "tokens out of order or bounds")
        end = token.end
    }
    // The same bytes as a String (invalid sequences replaced) segment too.
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = segmenter!.words(text)
    return 0
}
