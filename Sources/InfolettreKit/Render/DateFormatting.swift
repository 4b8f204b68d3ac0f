import Foundation
import Site

/// Dates as readers see them, as Foundation formats them for the page's language ("lundi 23 novembre 2026").
/// Always in UTC: content dates are calendar dates, and builds must not depend on the machine's time zone.
struct DateFormatting: Sendable {
    let language: ContentLanguage

    func long(_ date: Date) -> String {
        guard let time = CivilTime(date) else {
            return (language == .en ? Self.englishLong : Self.frenchLong).string(from: date)
        }
        let (weekdays, months) = language == .en ? (Self.englishWeekdays, Self.englishMonths) : (Self.frenchWeekdays, Self.frenchMonths)
        return "\(weekdays[time.weekday]) \(time.day) \(months[time.month - 1]) \(time.year)"
    }

    // The names Foundation's formatters write for "EEEE d MMMM y" (checked against them by the tests); writing
    // them directly costs a fraction of a formatter call, and a site shows thousands of dates.
    private static let frenchWeekdays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
    private static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                       "septembre", "octobre", "novembre", "décembre"]
    private static let englishWeekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"]

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
        let (year, month, day) = CivilTime(date).map { ($0.year, $0.month, $0.day) } ?? {
            let parts = utcCalendar.dateComponents([.year, .month, .day], from: date)
            return (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }()
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    static func year(_ date: Date) -> String {
        padded(CivilTime(date)?.year ?? utcCalendar.component(.year, from: date), 4)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
