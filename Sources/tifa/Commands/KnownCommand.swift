import ArgumentParser
import Foundation
import Lexicon
import Store

struct KnownCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "known",
        abstract: "The words you already know, which extraction leaves out.",
        discussion: """
            Examples:
              tifa known add 中国 外交
              tifa known import hsk4.txt
              tifa known list
            """,
        subcommands: [List.self, Add.self, Remove.self, Import.self],
        defaultSubcommand: List.self)
}

extension KnownCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the known words, one a line.")

        @OptionGroup var store: StoreOptions

        @Flag(help: "Print JSON (an array of words) for scripts.")
        var json = false

        func run() throws {
            let words = try store.open().knownWords().map(\.word)
            if json {
                print(try JSONOutput.string(words))
            } else if !words.isEmpty {
                print(words.joined(separator: "\n"))
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add words to the known words.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "Words in Chinese characters.")
        var words: [String] = []

        func validate() throws {
            if words.isEmpty { throw ValidationError("give at least one word, e.g. tifa known add 中国") }
        }

        func run() throws {
            let now = try CommandClock.now()
            let added = try store.open().addKnownWords(words, now: now)
            print(KnownCountText.added(added, of: Set(KnownWord.trimmed(words)).count))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove words from the known words.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "Words to forget.")
        var words: [String] = []

        func validate() throws {
            if words.isEmpty { throw ValidationError("give at least one word, e.g. tifa known remove 中国") }
        }

        func run() throws {
            let removed = try store.open().removeKnownWords(words)
            print("Removed \(removed) known word\(removed == 1 ? "" : "s").")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the words of a UTF-8 text file.",
            discussion: """
                Every word with Chinese characters counts: one a line, several a line, or the first column of a \
                table such as an exported word list. Lines starting with # are skipped.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The file to read.", completion: .file())
        var file: String

        func run() throws {
            // The file is read before the database is opened: a file that cannot be used changes nothing.
            let now = try CommandClock.now()
            let words = try KnownWordList.words(inFile: file)
            let added = try store.open().addKnownWords(words, now: now)
            print(KnownCountText.added(added, of: words.count))
        }
    }
}

enum KnownCountText {
    static func added(_ added: Int, of given: Int) -> String {
        let already = given - added
        return "Added \(added) known word\(added == 1 ? "" : "s")" + (already > 0 ? " (\(already) already known)." : ".")
    }
}
