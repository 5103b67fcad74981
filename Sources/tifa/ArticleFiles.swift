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
    try readInputs(files, file: { try Document(contentsOfFile: $0, options: options) }) {
        try Document(standardInputWith: options)
    }
}

/// Opens the article files of `tifa extract` (`-` or none: standard input) to be read article by article, each
/// plain UTF-8 file a block at a time; the first unreadable one stops the command with its error, before anything
/// is extracted.
func readArticleInputs(_ files: [String], options: ReadingOptions) throws -> [ArticleInput] {
    try readInputs(files, file: { try ArticleInput(contentsOfFile: $0, options: options) }) {
        try ArticleInput(standardInputWith: options)
    }
}

/// Reads the article files of `tifa read --keep-lines` (`-` or none: standard input), each streamed line by line
/// when it is plain UTF-8 text; the first unreadable one stops the command with its error, before anything is
/// printed.
func readKeptLineInputs(_ files: [String], options: ReadingOptions) throws -> [KeptLineInput] {
    try readInputs(files, file: { try KeptLineInput(contentsOfFile: $0, options: options) }) {
        try KeptLineInput(standardInputWith: options)
    }
}

/// Each of `files` read by `file`, `-` (or no file at all) by `standardInput`, after telling a person at a
/// terminal how to end what they type.
private func readInputs<Input>(
    _ files: [String], file: (String) throws -> Input, standardInput: () throws -> Input
) throws -> [Input] {
    try (files.isEmpty ? ["-"] : files).map { name in
        guard name == "-" else { return try file(name) }
        if isatty(STDIN_FILENO) == 1 {
            FileHandle.standardError.write(Data("tifa: reading the article from standard input; end it with Ctrl-D\n".utf8))
        }
        return try standardInput()
    }
}

extension EncodingChoice: ExpressibleByArgument {}
