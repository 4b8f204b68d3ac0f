import Foundation

/// RFC 3339 timestamps in UTC, as Atom and JSON Feed want, byte for byte as `ISO8601DateFormatter` writes them with
/// `.withInternetDateTime` (`2026-11-23T00:00:00Z`). Whole seconds between the Gregorian reform and year 10000,
/// every date of a newsletter archive, are formatted by arithmetic: a formatter per date cost more than the feeds.
enum FeedDate {
    /// Foundation's own formatting, for the dates arithmetic leaves to it: before 15 October 1582 it switches to the
    /// Julian calendar, after 9999 it writes more digits, and it rounds fractions of a second its own way.
    /// Such dates do not occur in an archive, so a formatter made per call costs nothing in practice.
    fileprivate static func formatted(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// A date's UTC fields in the proleptic Gregorian calendar.
    fileprivate struct CivilTime {
        var year, month, day, hour, minute, second: Int

        /// 1582-10-15T00:00:00Z, the first day Foundation counts in the Gregorian calendar.
        private static let gregorianReform: Double = -12_219_292_800
        /// 10000-01-01T00:00:00Z, the first date Foundation writes with five digits of year.
        private static let year10000: Double = 253_402_300_800

        /// Nil for dates `formatted(_:)` must handle.
        init?(_ date: Date) {
            let seconds = date.timeIntervalSince1970
            guard seconds.rounded(.down) == seconds, seconds >= Self.gregorianReform, seconds < Self.year10000 else {
                return nil
            }
            let whole = Int(seconds)
            let days = whole.floorDivided(by: 86_400)
            let secondOfDay = whole - days * 86_400
            (hour, minute, second) = (secondOfDay / 3_600, secondOfDay / 60 % 60, secondOfDay % 60)
            (year, month, day) = Self.civilDate(daysSince1970: days)
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
}

extension UTF8Buffer {
    /// Appends `2026-11-23T00:00:00Z`.
    mutating func append(rfc3339 date: Date) {
        guard let time = FeedDate.CivilTime(date) else {
            append(utf8: FeedDate.formatted(date))
            return
        }
        appendDay(of: time)
        append(UInt8(ascii: "T"))
        append(decimal: time.hour, minimumDigits: 2)
        append(UInt8(ascii: ":"))
        append(decimal: time.minute, minimumDigits: 2)
        append(UInt8(ascii: ":"))
        append(decimal: time.second, minimumDigits: 2)
        append(UInt8(ascii: "Z"))
    }

    /// Appends the day alone, `2026-11-23`, as sitemaps want.
    mutating func append(day date: Date) {
        guard let time = FeedDate.CivilTime(date) else {
            append(utf8: String(FeedDate.formatted(date).prefix(10)))
            return
        }
        appendDay(of: time)
    }

    private mutating func appendDay(of time: FeedDate.CivilTime) {
        append(decimal: time.year, minimumDigits: 4)
        append(UInt8(ascii: "-"))
        append(decimal: time.month, minimumDigits: 2)
        append(UInt8(ascii: "-"))
        append(decimal: time.day, minimumDigits: 2)
    }
}

private extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}
