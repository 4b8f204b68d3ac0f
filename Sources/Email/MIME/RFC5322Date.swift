import Foundation

/// Dates as RFC 5322 §3.3 writes them: `Sun, 29 Nov 2026 14:10:38 +0100`.
enum RFC5322Date {
    private static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Formats `date` in `timeZone` with fixed English names (independent of the machine's locale).
    static func format(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let offsetMinutes = timeZone.secondsFromGMT(for: date) / 60
        let sign = offsetMinutes < 0 ? "-" : "+"
        let zone = sign + two(abs(offsetMinutes) / 60) + two(abs(offsetMinutes) % 60)
        let dayName = dayNames[((parts.weekday ?? 1) - 1) % 7]
        let monthName = monthNames[((parts.month ?? 1) - 1) % 12]
        let time = [parts.hour, parts.minute, parts.second].map { two($0 ?? 0) }.joined(separator: ":")
        return "\(dayName), \(parts.day ?? 1) \(monthName) \(String(parts.year ?? 1970).leftPadded(to: 4)) \(time) \(zone)"
    }

    private static func two(_ value: Int) -> String {
        String(value).leftPadded(to: 2)
    }
}
