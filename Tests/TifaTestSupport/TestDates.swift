import Foundation

/// A moment written as ISO 8601 ("2025-03-01T08:00:00Z"), for readable tests.
public func date(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: text) else { fatalError("bad test date \(text)") }
    return date
}

/// Beijing time (UTC+8 all year), the zone most tests study in.
public let shanghai = zone("Asia/Shanghai")

public let utc = zone("UTC")

private func zone(_ identifier: String) -> TimeZone {
    guard let zone = TimeZone(identifier: identifier) else { fatalError("no time zone \(identifier) on this machine") }
    return zone
}
