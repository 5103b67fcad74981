import Foundation

/// A folder of its own for one test, removed when the test lets go of it: the one scratch space of every test
/// target (store tests put their database in it, end-to-end tests their bad files and databases).
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The database file the store tests open, `tifa.sqlite` in this folder.
    public var databaseURL: URL { url.appendingPathComponent("tifa.sqlite") }

    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    public func path(_ name: String) -> String { file(name).path }

    /// Writes `bytes` to a file of this folder and returns its path.
    @discardableResult
    public func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: file(name))
        return path(name)
    }

    /// Writes `text` as UTF-8 to a file of this folder and returns its path.
    @discardableResult
    public func file(_ name: String, text: String) throws -> String { try file(name, Array(text.utf8)) }
}
