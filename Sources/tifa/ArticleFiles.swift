#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Article
import Foundation

/// Reads the article files a command was given (`-` or none: standard input), reporting the first
/// unreadable one in a single line and exiting with code 1.
func readDocuments(_ files: [String], options: ReadingOptions) throws -> [Document] {
    do {
        return try (files.isEmpty ? ["-"] : files).map { file in
            guard file == "-" else { return try Document(contentsOfFile: file, options: options) }
            if isatty(STDIN_FILENO) == 1 {
                FileHandle.standardError.write(Data("tifa: reading the article from standard input; end it with Ctrl-D\n".utf8))
            }
            return try Document(standardInputWith: options)
        }
    } catch {
        reportError(error.localizedDescription)
        throw ExitCode(1)
    }
}

extension EncodingChoice: ExpressibleByArgument {}
