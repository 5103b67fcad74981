import Foundation
import Testing
import TextFile
import TifaTestSupport

@Suite("Reading a text file up to a limit")
struct TextFileTests {
    @Test("a file within the limit is read whole")
    func readsAFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("a.txt", Array("中国\n".utf8))
        #expect(try TextFile.read(path, limit: 16) == Array("中国\n".utf8))
    }

    @Test("a missing file, a folder and a file over the limit get errors naming them")
    func refusesBadFiles() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("missing.txt").path
        #expect(throws: TextFileError.missing(missing)) { try TextFile.read(missing, limit: 16) }
        #expect(throws: TextFileError.folder(folder.url.path)) { try TextFile.read(folder.url.path, limit: 16) }
        let large = try folder.file("large.txt", Array(repeating: 0x61, count: 17))
        #expect(throws: TextFileError.tooLarge(large, bytes: 17, limit: 16)) { try TextFile.read(large, limit: 16) }
        #expect(TextFileError.missing(missing).reason == "no such file")
        #expect(TextFileError.folder(missing).reason == "it is a folder")
    }

    @Test("a stream that goes on past the limit is refused without its size")
    func refusesALongStream() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data(repeating: 0x61, count: 40))
        try pipe.fileHandleForWriting.close()
        #expect(throws: TextFileError.tooLarge("standard input", bytes: nil, limit: 32)) {
            try TextFile.read(descriptor: pipe.fileHandleForReading.fileDescriptor, name: "standard input", limit: 32)
        }
    }

    @Test("lines are read without their breaks; a last line without one counts")
    func readsLines() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("lines.txt", Array("a\n\nb\nc".utf8))
        var lines = try TextLines(path: path)
        defer { lines.close() }
        var read: [String] = []
        while let line = try lines.next() { read.append(String(decoding: line, as: UTF8.self)) }
        #expect(read == ["a", "", "b", "c"])
    }

    @Test("a line longer than the longest a text format has is refused")
    func refusesALongLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.file("long.txt", Array(repeating: 0x61, count: TextLines.longestLine + (1 << 16) + 1))
        var lines = try TextLines(path: path)
        defer { lines.close() }
        #expect(throws: TextFileError.lineTooLong(path, limit: TextLines.longestLine)) {
            while try lines.next() != nil {}
        }
    }
}
