// tifa-derive: regenerates the data files Tifa derives from corpora (as opposed to the third-party files
// `Dictionaries/refresh.sh` copies). Usage: swift run -c release tifa-derive register [SHARED_FOLDER]
import Foundation
import Lexicon

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.first == "register" else {
    FileHandle.standardError.write(Data("usage: tifa-derive register [SHARED_FOLDER]  (rewrites Dictionaries/register.tsv from ../shared/corpus)\n".utf8))
    exit(64)
}
do {
    let shared = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : "../shared")
    let sources = try DictionarySources.locate()
    let lexicon = try Lexicon.load()
    let corpus = try RegisterCorpus(shared: shared)
    let started = Date()
    let register = RegisterLexicon(corpus: corpus, lexicon: lexicon)
    try register.tsv(corpus: corpus, lexicon: lexicon).write(to: sources.url("register.tsv"), atomically: true, encoding: .utf8)
    print("wrote \(sources.url("register.tsv").path): \(register.units.filter { $0.value.count >= RegisterLexicon.minimumCount }.count) units, \(register.discoveredCount) discovered, from \(corpus.description), in \(Int(Date().timeIntervalSince(started))) s")
} catch {
    FileHandle.standardError.write(Data("tifa-derive: \(error.localizedDescription)\n".utf8))
    exit(1)
}
