import Foundation

/// A database file's bytes with those of its write-ahead log, to show a failed command changed nothing.
public struct DatabaseSnapshot: Equatable, CustomStringConvertible {
    public var main: Data?
    public var log: Data?

    public init(_ path: String) {
        main = FileManager.default.contents(atPath: path)
        log = FileManager.default.contents(atPath: path + "-wal").flatMap { $0.isEmpty ? nil : $0 }
    }

    public var description: String { "\(main?.count ?? -1) bytes, log \(log?.count ?? 0) bytes" }
}
