import Foundation
import Testing
import TifaTestSupport

/// Inputs larger than Tifa reads at once (32 MB) are refused in bounded memory, whether a file, standard input
/// or an endless device; an input under the limit is read in memory proportional to it. Memory is bounded with
/// the shell's data limit (`ulimit -d`, in KB): a process that needs more fails to allocate and crashes, which
/// the crash marks catch. (Peak RSS from wait4 is no use here: Linux carries the parent's into a spawned child.)
@Suite(.serialized) struct LargeInputTests {
    static let paragraph = try! String(contentsOfFile: ConcurrentProcessTests.page, encoding: .utf8)

    /// A file of about `megabytes` MB of real page text.
    static func page(of megabytes: Int, in scratch: TemporaryFolder) throws -> String {
        let path = scratch.path("page-\(megabytes)mb.txt")
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        let block = Data(String(repeating: Self.paragraph + "\n", count: max(1, (1 << 20) / Self.paragraph.utf8.count)).utf8)
        var written = 0
        while written < megabytes << 20 {
            try handle.write(contentsOf: block)
            written += block.count
        }
        try handle.close()
        return path
    }

    /// A file of 100 MB that takes no time or disk to make: a hole, read as zeros. A command that read it
    /// before asking its size would either crash under the data limit or refuse it for its NUL bytes, not its size.
    static func sparseFile(of megabytes: Int, in scratch: TemporaryFolder) throws -> String {
        let path = scratch.path("sparse-\(megabytes)mb.txt")
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(megabytes) << 20)
        try handle.close()
        return path
    }

    @Test(arguments: [["read", "FILE"], ["read", "--json", "FILE"], ["extract", "FILE"], ["extract", "--deck", "时政", "FILE"]])
    func aHundredMegabyteFileIsRefusedWithoutReadingIt(command: [String]) throws {
        let scratch = try TemporaryFolder()
        let file = try Self.sparseFile(of: 100, in: scratch)
        let run = try RunningTifa.run(
            command.map { $0 == "FILE" ? file : $0 }, environment: ["TIFA_DB": scratch.path("tifa.sqlite")],
            shell: "ulimit -d \(48 << 10)")
        expectCleanFailure(run.result, naming: file)
        #expect(run.result.error.contains("more than the 32 MB"), "\(run.result.error)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("tifa.sqlite")))
    }

    @Test func aHundredMegabytesOnStandardInputStopAtTheLimit() throws {
        let scratch = try TemporaryFolder()
        let file = try Self.page(of: 100, in: scratch)
        // Standard input's size is not asked: it is read up to the limit, then refused.
        let piped = try RunningTifa.run(["read", "-"], input: .file(file), shell: "ulimit -d \(96 << 10)")
        expectCleanFailure(piped.result, naming: "standard input")
    }

    @Test(arguments: ["/dev/zero", "/dev/urandom"])
    func endlessDevicesAreRefused(device: String) throws {
        let run = try RunningTifa.run(["read", device], shell: "ulimit -d \(96 << 10)")
        expectCleanFailure(run.result, naming: device)
    }

    /// Under the limit, memory grows with the input: about 16 times a file's size to read it (the text, each
    /// character's origin, the repaired lines and the sentences).
    @Test func aFileUnderTheLimitIsReadInProportionalMemory() throws {
        let scratch = try TemporaryFolder()
        let file = try Self.page(of: 4, in: scratch)
        let run = try RunningTifa.run(["read", file], shell: "ulimit -d \((4 * 24 + 48) << 10)")
        #expect(run.result.status == 0, "\(run.result.error)")
        #expect(run.result.output.contains("行百里者半九十"))
    }
}
