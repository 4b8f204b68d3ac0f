import CivilCalendar
import Diagnostics

/// ISO 8601 dates and date-times as written in front matter:
/// `YYYY-MM-DD`, then optionally `T`, `t` or spaces, `H:MM` or `HH:MM`, optional `:SS` and fraction,
/// optional spaces and `Z` or `±HH`, `±HHMM`, `±HH:MM`.
enum DateSyntax {
    /// The date in `bytes`; nil if it does not have the shape of one; throws if it has the shape but
    /// a field is out of range (`2026-02-30`, `25:00`).
    static func parse(_ bytes: [UInt8], text: String, at location: SourceLocation) throws(YAMLError) -> YAMLDate? {
        var reader = DigitReader(bytes: bytes)
        guard let year = reader.number(digits: 4...4), reader.skip("-"),
            let month = reader.number(digits: 2...2), reader.skip("-"),
            let day = reader.number(digits: 2...2)
        else { return nil }
        var date = YAMLDate(year: year, month: month, day: day, text: text)
        if !reader.isAtEnd {
            guard reader.skipTimeSeparator(), let time = reader.time() else { return nil }
            date.time = time
            reader.skipSpaces()
            if !reader.isAtEnd {
                guard let offset = reader.utcOffset(), reader.isAtEnd else { return nil }
                guard offset.hours <= 23, offset.minutes <= 59 else { throw .invalidDate(text, location: location) }
                date.utcOffsetSeconds = offset.sign * (offset.hours * 3_600 + offset.minutes * 60)
            }
        }
        guard isValid(date) else { throw .invalidDate(text, location: location) }
        return date
    }

    private static func isValid(_ date: YAMLDate) -> Bool {
        guard (1...12).contains(date.month), (1...CivilCalendar.daysIn(month: date.month, year: date.year)).contains(date.day)
        else { return false }
        guard let time = date.time else { return true }
        return (0...23).contains(time.hour) && (0...59).contains(time.minute) && (0...60).contains(time.second)
    }
}

/// A cursor over ASCII digits and separators.
private struct DigitReader {
    let bytes: [UInt8]
    var index = 0

    var isAtEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index].isSpaceOrTab { index += 1 }
    }

    /// `T`, `t`, or one or more spaces/tabs.
    mutating func skipTimeSeparator() -> Bool {
        if skip("T") || skip("t") { return true }
        let start = index
        skipSpaces()
        return index > start
    }

    /// The value of the decimal digit at the cursor, if it is one.
    var currentDigit: Int? {
        guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
        return Int(bytes[index] - UInt8(ascii: "0"))
    }

    /// A number written with a digit count in `digits`.
    mutating func number(digits: ClosedRange<Int>) -> Int? {
        var value = 0
        var count = 0
        while count < digits.upperBound, let digit = currentDigit {
            value = value * 10 + digit
            count += 1
            index += 1
        }
        return digits.contains(count) ? value : nil
    }

    /// `H:MM`, `HH:MM`, optional `:SS` and `.fraction` (nanosecond precision kept).
    mutating func time() -> YAMLDate.Time? {
        guard let hour = number(digits: 1...2), skip(":"), let minute = number(digits: 2...2) else { return nil }
        var time = YAMLDate.Time(hour: hour, minute: minute)
        guard skip(":") else { return time }
        guard let second = number(digits: 2...2) else { return nil }
        time.second = second
        if skip(".") {
            var nanoseconds = 0
            var count = 0
            while let digit = currentDigit {
                if count < 9 { nanoseconds = nanoseconds * 10 + digit }
                count += 1
                index += 1
            }
            guard count > 0 else { return nil }
            for _ in count..<max(count, 9) { nanoseconds *= 10 }
            time.nanosecond = nanoseconds
        }
        return time
    }

    /// `Z`, `±HH`, `±HHMM` or `±HH:MM` (east of UTC when `sign` is 1).
    mutating func utcOffset() -> (sign: Int, hours: Int, minutes: Int)? {
        if skip("Z") || skip("z") { return (1, 0, 0) }
        let sign: Int
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(digits: 1...2) else { return nil }
        var minutes = 0
        if skip(":") {
            guard let value = number(digits: 2...2) else { return nil }
            minutes = value
        } else if !isAtEnd {
            guard let value = number(digits: 2...2) else { return nil }
            minutes = value
        }
        return (sign, hours, minutes)
    }
}
