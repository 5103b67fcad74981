import Foundation
import Lexicon

/// Opens the lexicon for a command, telling the user on standard error when the index is being built.
func loadLexicon() throws -> Lexicon {
    try Lexicon.load(announce: { message in
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    })
}
