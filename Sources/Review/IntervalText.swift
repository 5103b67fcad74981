import Foundation

/// Intervals and durations the way Anki's buttons show them: "<1m", "10m", "5h", "3d", "1.5mo", "2.1y".
public enum IntervalText {
    public static func short(_ seconds: TimeInterval) -> String {
        let minutes = seconds.rounded() / 60
        if minutes < 1 { return "<1m" }
        if minutes < 60 { return "\(Int(minutes.rounded()))m" }
        let hours = minutes / 60
        if hours < 24 { return "\(Int(hours.rounded()))h" }
        let days = hours / 24
        if days < 30 { return "\(Int(days.rounded()))d" }
        let months = days / 30.4375
        if months < 12 { return oneDecimal(months) + "mo" }
        return oneDecimal(days / 365.25) + "y"
    }

    /// A session's length as a clock shows it: "4:07", "1:02:33".
    public static func clock(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" : "\(minutes):\(twoDigits(secs))"
    }

    /// A session's length in words: "45 s", "8 min 12 s", "1 h 3 min".
    public static func spoken(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds.rounded()))
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min" + (total % 60 == 0 ? "" : " \(total % 60) s") }
        return "\(total / 3600) h" + (total / 60 % 60 == 0 ? "" : " \(total / 60 % 60) min")
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
