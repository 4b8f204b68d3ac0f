import Foundation

/// Dates as readers see them, formatted by Foundation for the page's language ("lundi 23 novembre 2026").
/// Always in UTC: content dates are calendar dates, and builds must not depend on the machine's time zone.
struct DateFormatting: Sendable {
    let language: ContentLanguage

    func long(_ date: Date) -> String {
        (language == .en ? Self.englishLong : Self.frenchLong).string(from: date)
    }

    // Creating a DateFormatter costs far more than formatting with one, and a site formats thousands of
    // dates: one formatter per language, built once (DateFormatter is thread-safe for formatting).
    private static let frenchLong = longFormatter(locale: ContentLanguage.fr.localeIdentifier)
    private static let englishLong = longFormatter(locale: ContentLanguage.en.localeIdentifier)

    private static func longFormatter(locale: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEEE d MMMM y"
        return formatter
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        return calendar
    }()

    /// `2026-11-23`.
    static func iso(_ date: Date) -> String {
        let parts = utcCalendar.dateComponents([.year, .month, .day], from: date)
        return "\(padded(parts.year ?? 0, 4))-\(padded(parts.month ?? 0, 2))-\(padded(parts.day ?? 0, 2))"
    }

    static func year(_ date: Date) -> String { padded(utcCalendar.component(.year, from: date), 4) }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
