// tifa-derive: regenerates the data files Tifa derives from corpora (as opposed to the third-party files
// `Dictionaries/refresh.sh` copies).
import ArgumentParser
import Foundation
import Lexicon

@main
struct TifaDerive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tifa-derive",
        abstract: "Regenerate the data Tifa derives from corpora.",
        subcommands: [Register.self]
    )

    struct Register: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rewrite Dictionaries/register.tsv from the corpus in SHARED_FOLDER/corpus.")

        @Argument(help: "The shared folder holding corpus/.") var shared = "../shared"

        func run() throws {
            do {
                let sources = try DictionarySources.locate()
                let lexicon = try Lexicon.load()
                let corpus = try RegisterCorpus(shared: URL(fileURLWithPath: shared))
                let started = Date()
                let register = RegisterLexicon(corpus: corpus, lexicon: lexicon)
                try register.tsv(corpus: corpus, lexicon: lexicon).write(to: sources.url("register.tsv"), atomically: true, encoding: .utf8)
                let units = register.units.filter { $0.value.count >= RegisterLexicon.minimumCount }.count
                print(
                    "wrote \(sources.url("register.tsv").path): \(units) units, \(register.discoveredCount) discovered, from \(corpus.description), in \(Int(Date().timeIntervalSince(started))) s"
                )
            } catch {
                FileHandle.standardError.write(Data("tifa-derive: \(error.localizedDescription)\n".utf8))
                throw ExitCode.failure
            }
        }
    }
}
