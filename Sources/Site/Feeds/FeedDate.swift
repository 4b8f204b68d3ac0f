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
}

extension UTF8Buffer {
    /// Appends `2026-11-23T00:00:00Z`.
    mutating func append(rfc3339 date: Date) {
        guard let time = CivilTime(date) else {
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
        guard let time = CivilTime(date) else {
            append(utf8: String(FeedDate.formatted(date).prefix(10)))
            return
        }
        appendDay(of: time)
    }

    private mutating func appendDay(of time: CivilTime) {
        append(decimal: time.year, minimumDigits: 4)
        append(UInt8(ascii: "-"))
        append(decimal: time.month, minimumDigits: 2)
        append(UInt8(ascii: "-"))
        append(decimal: time.day, minimumDigits: 2)
    }
}
