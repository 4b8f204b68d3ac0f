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
        let whole = Int(seconds)
        let days = whole.floorDivided(by: 86_400)
        let secondOfDay = whole - days * 86_400
        (hour, minute, second) = (secondOfDay / 3_600, secondOfDay / 60 % 60, secondOfDay % 60)
        (year, month, day) = Self.civilDate(daysSince1970: days)
        // 1 January 1970 was a Thursday.
        weekday = (days + 4).floorModulo(7)
    }

    /// Howard Hinnant's `civil_from_days`: years of 400 years ("eras") starting on 1 March, so leap days
    /// fall at the end of each year.
    private static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

private extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }

    func floorModulo(_ divisor: Int) -> Int { self - floorDivided(by: divisor) * divisor }
}
