import Foundation

/// Dates as readers see them, formatted by Foundation for the page's language ("lundi 23 novembre 2026").
/// Always in UTC: content dates are calendar dates, and builds must not depend on the machine's time zone.
struct DateFormatting: Sendable {
    let language: ContentLanguage

    func long(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language.localeIdentifier)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEEE d MMMM y"
        return formatter.string(from: date)
    }

    /// `2026-11-23`.
    static func iso(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    static func year(_ date: Date) -> String { String(iso(date).prefix(4)) }
}
