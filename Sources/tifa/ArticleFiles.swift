import ArgumentParser
import Article
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the article files a command was given (`-` or none: standard input); the first unreadable one
/// stops the command with its error.
func readDocuments(_ files: [String], options: ReadingOptions) throws -> [Document] {
    try (files.isEmpty ? ["-"] : files).map { file in
        guard file == "-" else { return try Document(contentsOfFile: file, options: options) }
        if isatty(STDIN_FILENO) == 1 {
            FileHandle.standardError.write(Data("tifa: reading the article from standard input; end it with Ctrl-D\n".utf8))
        }
        return try Document(standardInputWith: options)
    }
}

/// Reads the article files of `tifa read --keep-lines` (`-` or none: standard input), each streamed line by line
/// when it is plain UTF-8 text; the first unreadable one stops the command with its error, before anything is
/// printed.
func readKeptLineInputs(_ files: [String], options: ReadingOptions) throws -> [KeptLineInput] {
    try (files.isEmpty ? ["-"] : files).map { file in
        guard file == "-" else { return try KeptLineInput(contentsOfFile: file, options: options) }
        if isatty(STDIN_FILENO) == 1 {
            FileHandle.standardError.write(Data("tifa: reading the article from standard input; end it with Ctrl-D\n".utf8))
        }
        return try KeptLineInput(standardInputWith: options)
    }
}

extension EncodingChoice: ExpressibleByArgument {}
