import CivilCalendar
import Foundation

/// An ISO 8601 date (`2026-11-23`) or date-time (`2026-11-23T08:30:00+01:00`, `2026-11-23 08:30`)
/// written as a plain scalar, with its fields and original text.
public struct YAMLDate: Sendable, Hashable {
    /// A time of day, present for date-times.
    public struct Time: Sendable, Hashable {
        /// 0–23.
        public var hour: Int
        /// 0–59.
        public var minute: Int
        /// 0–60 (60 for a leap second); 0 when not written.
        public var second: Int
        /// The fraction of the second, to nanoseconds; 0 when not written.
        public var nanosecond: Int

        /// A time of day.
        public init(hour: Int, minute: Int, second: Int = 0, nanosecond: Int = 0) {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.nanosecond = nanosecond
        }
    }

    /// The year as written (four digits).
    public var year: Int
    /// 1–12.
    public var month: Int
    /// 1–31, valid for the month.
    public var day: Int
    /// `nil` for a date without time.
    public var time: Time?
    /// Offset from UTC in seconds (`Z` is 0); `nil` when the text has no offset.
    public var utcOffsetSeconds: Int?
    /// The scalar as written.
    public var text: String

    /// A date with its fields and the text it was read from.
    public init(year: Int, month: Int, day: Int, time: Time? = nil, utcOffsetSeconds: Int? = nil, text: String) {
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.utcOffsetSeconds = utcOffsetSeconds
        self.text = text
    }

    /// The instant: UTC midnight for a date; for a date-time without offset, the time read as UTC.
    public var date: Date {
        date(assumingOffsetSeconds: 0)
    }

    /// The instant, reading a date-time without offset (or a date, at midnight) in `timeZone`.
    public func date(in timeZone: TimeZone) -> Date {
        if let utcOffsetSeconds { return date(assumingOffsetSeconds: utcOffsetSeconds) }
        let utcGuess = date(assumingOffsetSeconds: 0)
        let offset = timeZone.secondsFromGMT(for: utcGuess)
        // Re-evaluate at the corrected instant so a date near a DST change gets that day's offset.
        return date(assumingOffsetSeconds: timeZone.secondsFromGMT(for: utcGuess.addingTimeInterval(-Double(offset))))
    }

    private func date(assumingOffsetSeconds offset: Int) -> Date {
        let days = CivilCalendar.daysSince1970(year: year, month: month, day: day)
        let time = time ?? Time(hour: 0, minute: 0)
        let seconds = days * 86_400 + time.hour * 3_600 + time.minute * 60 + time.second - (utcOffsetSeconds ?? offset)
        return Date(timeIntervalSince1970: Double(seconds) + Double(time.nanosecond) / 1e9)
    }
}
