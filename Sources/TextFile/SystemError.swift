#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A system call's failure as `errno` gave it: every code kept, where `POSIXErrorCode` knows only some of them.
public struct SystemError: Error, Equatable, Sendable {
    public let code: Int32

    public init(code: Int32) { self.code = code }

    /// The failure the last system call left in `errno`.
    public static var current: SystemError { SystemError(code: errno) }

    /// The system's words for it ("No space left on device").
    public var reason: String { String(cString: strerror(code)) }
}
