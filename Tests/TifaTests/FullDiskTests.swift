import Foundation
import Testing
import TifaTestSupport

/// A write that finds no room, on a full disk or past the shell's file size limit: a message that says so, and
/// the store as it was and sound; once there is room again, the same command saves everything.
@Suite(.serialized) struct FullDiskTests {
    static let article = ConcurrentProcessTests.report

    static func storeWithADeck(in scratch: TemporaryFolder) throws -> String {
        let database = scratch.path("start.sqlite")
        let result = try TifaProcess.run(
            ["extract", "--deck", "时政", "--top", "20", ConcurrentProcessTests.page],
            environment: ["TIFA_DB": database, "TIFA_NOW": "2025-03-01T08:00:00Z"])
        try #require(result.status == 0, "\(result.error)")
        return database
    }

    @Test(.enabled(if: ReadOnlyMount.isPossible))
    func fullDiskFailsCleanlyAndLosesNothing() throws {
        let scratch = try TemporaryFolder()
        let start = try Self.storeWithADeck(in: scratch)
        let size = (try FileManager.default.attributesOfItem(atPath: start)[.size] as? Int) ?? 0
        // Room for the file and a little more: not for an article's worth of notes.
        let mount = try ReadOnlyMount(
            at: scratch.path("disk"), containing: ["tifa.sqlite": start],
            size: "\(size / 1024 + 48)k", writable: true)
        defer { mount.remove() }
        let database = scratch.path("disk/tifa.sqlite")
        let environment = ["TIFA_DB": database, "TIFA_NOW": "2025-03-01T08:00:00Z"]
        let before = try DatabaseContents(database)

        let full = try RunningTifa.run(["extract", "--deck", "时政", "--top", "0", Self.article], environment: environment)
        expectCleanFailure(full.result, naming: "'\(database)'")
        #expect(full.result.error.contains("is full"), "\(full.result.error)")
        #expect(try DatabaseContents(database) == before)
        #expect(try DatabaseInspection.integrity(of: database) == "ok")
        // Other commands on the full disk fail the same way, or work if they need no room.
        for command in [["decks", "create", "新"], ["known", "add", "中国"], ["decks"]] {
            let result = try TifaProcess.run(command, environment: environment)
            if result.status != 0 { expectCleanFailure(result, naming: "'\(database)'") }
        }
        #expect(try DatabaseContents(database) == before)

        try #require(mount.resize(to: "64m"))
        let roomy = try TifaProcess.run(["extract", "--deck", "时政", "--top", "0", Self.article], environment: environment)
        #expect(roomy.status == 0, "\(roomy.error)")
        #expect(try DatabaseInspection.count("note", in: database) > 500)
        #expect(try DatabaseInspection.integrity(of: database) == "ok")
    }

    /// `ulimit -f`: the write fails with EFBIG instead of killing tifa with SIGXFSZ.
    @Test func fileSizeLimitFailsCleanlyAndLosesNothing() throws {
        let scratch = try TemporaryFolder()
        let database = scratch.path("tifa.sqlite")
        try FileManager.default.copyItem(atPath: try Self.storeWithADeck(in: scratch), toPath: database)
        let size = (try FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
        let before = try DatabaseContents(database)
        // /bin/sh counts in blocks of 512 bytes (dash) or 1024 (bash): either way far less than the notes need.
        let limited = try RunningTifa.run(
            ["extract", "--deck", "时政", "--top", "0", Self.article],
            environment: ["TIFA_DB": database, "TIFA_NOW": "2025-03-01T08:00:00Z"],
            shell: "ulimit -f \((size + 32_768) / 512)")
        #expect(limited.signal == nil, "killed by signal \(limited.signal ?? 0)")
        expectCleanFailure(limited.result, naming: "'\(database)'")
        #expect(limited.result.error.contains("ulimit -f"), "\(limited.result.error)")
        #expect(try DatabaseContents(database) == before)
        #expect(try DatabaseInspection.integrity(of: database) == "ok")
    }
}
