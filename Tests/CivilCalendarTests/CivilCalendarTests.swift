import CivilCalendar
import Foundation
import Testing

@Suite struct CivilCalendarTests {
    @Test func knownDays() {
        #expect(CivilCalendar.daysSince1970(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilCalendar.daysSince1970(year: 2000, month: 3, day: 1) == 11_017)
        #expect(CivilCalendar.daysSince1970(year: 1969, month: 12, day: 31) == -1)
        #expect(CivilCalendar.daysSince1970(year: 1582, month: 10, day: 15) == -141_427)
        #expect(CivilCalendar.date(daysSince1970: -1) == (1969, 12, 31))
        #expect(CivilCalendar.date(daysSince1970: 20_780) == (2026, 11, 23))
        #expect(CivilCalendar.weekday(daysSince1970: 0) == 4)
        #expect(CivilCalendar.weekday(daysSince1970: -1) == 3)
        #expect(CivilCalendar.weekday(daysSince1970: 20_780) == 1)
    }

    /// Days from the Gregorian reform (before it, Foundation's calendar is Julian) to four centuries after 1970
    /// round-trip and agree with Foundation's Gregorian calendar in UTC.
    @Test func roundTripsAndAgreesWithFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for days in stride(from: -141_427, through: 146_097, by: 37) {
            let (year, month, day) = CivilCalendar.date(daysSince1970: days)
            #expect(CivilCalendar.daysSince1970(year: year, month: month, day: day) == days)
            #expect((1...CivilCalendar.daysIn(month: month, year: year)).contains(day))
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            #expect(parts.year == year && parts.month == month && parts.day == day, "\(days)")
        }
    }

    @Test func leapYears() {
        #expect(CivilCalendar.isLeap(2000) && CivilCalendar.isLeap(2024))
        #expect(!CivilCalendar.isLeap(1900) && !CivilCalendar.isLeap(2026))
        #expect(CivilCalendar.daysIn(month: 2, year: 2000) == 29 && CivilCalendar.daysIn(month: 2, year: 2100) == 28)
        #expect(CivilCalendar.daysIn(month: 4, year: 2026) == 30 && CivilCalendar.daysIn(month: 12, year: 2026) == 31)
    }
}
