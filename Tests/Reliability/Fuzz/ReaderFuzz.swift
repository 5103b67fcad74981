// libFuzzer target: the article reader (compiled together with Sources/Article by ../fuzz.sh).
// Any bytes either read as a document or fail with an ArticleError; anything else is a crash to keep.

@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for options in [ReadingOptions(), ReadingOptions(lines: .keep), ReadingOptions(format: .html)] {
        if let document = try? Document(bytes: bytes, name: "fuzz.txt", options: options) {
            precondition(!document.articles.isEmpty, "a document with no article")
            _ = document.text
            _ = document.sentenceLines
        }
    }
    return 0
}
