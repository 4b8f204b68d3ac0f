import CivilCalendar
import Foundation

/// A date's UTC fields in the proleptic Gregorian calendar, by arithmetic: formatters and calendars cost
/// more per date than the pages of an archive that shows thousands of them. Whole seconds between the
/// Gregorian reform and year 10000 only, where the result is Foundation's; other dates are left to it.
public struct CivilTime: Sendable, Equatable {
    public var year, month, day, hour, minute, second: Int
    /// 0 for Sunday through 6 for Saturday.
    public var weekday: Int

    /// 1582-10-15T00:00:00Z, the first day Foundation counts in the Gregorian calendar.
    private static let gregorianReform: Double = -12_219_292_800
    /// 10000-01-01T00:00:00Z, the first date Foundation writes with five digits of year.
    private static let year10000: Double = 253_402_300_800

    /// Nil for dates Foundation must handle: fractions of a second, before the reform, from year 10000.
    public init?(_ date: Date) {
        let seconds = date.timeIntervalSince1970
        guard seconds.rounded(.down) == seconds, seconds >= Self.gregorianReform, seconds < Self.year10000 else {
            return nil
        }
        // Whole seconds, exact in a Double over this range.
        let days = Int((seconds / 86_400).rounded(.down))
        let secondOfDay = Int(seconds) - days * 86_400
        (hour, minute, second) = (secondOfDay / 3_600, secondOfDay / 60 % 60, secondOfDay % 60)
        (year, month, day) = CivilCalendar.date(daysSince1970: days)
        weekday = CivilCalendar.weekday(daysSince1970: days)
    }
}
