import Foundation

/// A failure the executable words itself (a line of an input file, the `TIFA_NOW` variable), thrown like the
/// libraries' errors so that `Tifa.main` reports it the same way.
struct CommandFailure: LocalizedError {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var errorDescription: String? { message }
}
