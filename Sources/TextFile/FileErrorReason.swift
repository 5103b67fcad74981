import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's words for why a file operation failed ("No space left on device"), not Foundation's
/// "The operation could not be completed": the reason every layer's message puts in brackets.
public enum FileErrorReason {
    public static func of(_ error: any Error) -> String {
        if let error = error as? SystemError { return error.reason }
        if let error = error as? POSIXError { return String(cString: strerror(error.code.rawValue)) }
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedFailureReason ?? error.localizedDescription
    }
}
