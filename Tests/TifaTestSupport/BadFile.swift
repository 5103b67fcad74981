import Foundation
import Testing

/// The kinds of bad input a user can hand any command that reads a file, each made fresh in a scratch folder.
public enum BadFile: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case missing, folder, empty, whiteSpace, png, randomBytes, utf16WithoutMark, nulInText

    public var testDescription: String { rawValue }

    /// The file's path (created in `scratch`, except `missing`).
    public func make(in scratch: TemporaryFolder) throws -> String {
        switch self {
        case .missing: return scratch.path("no-such-article.txt")
        case .folder:
            try FileManager.default.createDirectory(atPath: scratch.path("a-folder"), withIntermediateDirectories: true)
            return scratch.path("a-folder")
        case .empty: return try scratch.file("empty.txt", [])
        case .whiteSpace: return try scratch.file("blank.txt", text: " \n\t\n　\r\n")
        case .png: return try scratch.file("picture.png", BadBytes.png)
        case .randomBytes: return try scratch.file("random.bin", BadBytes.random(count: 65_536, seed: 9))
        case .utf16WithoutMark:
            return try scratch.file("utf16.txt", "人类命运共同体，同舟共济。\n行百里者半九十。\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        case .nulInText: return try scratch.file("nul.txt", Array("同舟共济\u{0}人类命运共同体\n".utf8))
        }
    }
}
