import ArgumentParser
import Foundation
import Lexicon

/// Opens the lexicon for a command, telling the user on standard error when the index is being built.
func loadLexicon() throws -> Lexicon {
    do {
        return try Lexicon.load(announce: { message in
            FileHandle.standardError.write(Data("\(message)\n".utf8))
        })
    } catch {
        reportError(error.localizedDescription)
        throw ExitCode(1)
    }
}
