import Foundation
import Testing
import YAML

@Suite("Core schema resolution of plain scalars")
struct ScalarResolverTests {
    private func value(_ plain: String) throws -> YAMLValue {
        try parse("v: \(plain)").required("v").value
    }

    @Test(arguments: ["null", "Null", "NULL", "~", ""])
    func nulls(text: String) throws {
        #expect(try value(text) == .null)
    }

    @Test(arguments: [("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false)])
    func booleans(text: String, expected: Bool) throws {
        #expect(try value(text) == .bool(expected))
    }

    @Test(arguments: [
        ("0", 0), ("42", 42), ("-17", -17), ("+8", 8), ("012", 12), ("0x1F", 31), ("0xff", 255), ("0o17", 15),
        ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
    ])
    func integers(text: String, expected: Int) throws {
        #expect(try value(text) == .int(expected))
    }

    @Test(arguments: [("1.5", 1.5), (".5", 0.5), ("-2.25", -2.25), ("1e3", 1000), ("+1.5E-2", 0.015), ("3.", 3)])
    func floats(text: String, expected: Double) throws {
        #expect(try value(text) == .double(expected))
    }

    @Test func infinitiesAndNaN() throws {
        #expect(try value(".inf") == .double(.infinity))
        #expect(try value("-.Inf") == .double(-.infinity))
        #expect(try value("+.INF") == .double(.infinity))
        guard case .double(let nan) = try value(".NaN") else { Issue.record("not a double"); return }
        #expect(nan.isNaN)
    }

    @Test(arguments: [
        "yes", "no", "on", "0x", "0o8", "1_000", "1.2.3", "e3", "-a", ".", "+-1", "0b101", "2026-11", "12:30", "1e", "truee",
    ])
    func textsThatStayStrings(text: String) throws {
        #expect(try value(text) == .string(text))
    }

    @Test func dateOnlyIsUTCMidnight() throws {
        guard case .date(let date) = try value("2026-11-23") else { Issue.record("not a date"); return }
        #expect(date.year == 2026 && date.month == 11 && date.day == 23 && date.time == nil && date.utcOffsetSeconds == nil)
        #expect(date.text == "2026-11-23")
        #expect(date.date == Date(timeIntervalSince1970: 1_795_392_000))
    }

    @Test(arguments: [
        ("2026-11-23T08:30:00Z", 1_795_422_600.0, 0),
        ("2026-11-23T08:30:00+01:00", 1_795_419_000.0, 3_600),
        ("2026-11-23t08:30:00-0230", 1_795_431_600.0, -9_000),
        ("2026-11-23 08:30:00.25 Z", 1_795_422_600.25, 0),
        ("2026-11-23T8:30:00+01", 1_795_419_000.0, 3_600),
        ("2026-11-23 08:30:00 +0100", 1_795_419_000.0, 3_600),  // Jekyll
        ("2026-11-23T08:30:00.000-05:00", 1_795_440_600.0, -18_000),  // Hugo
    ])
    func dateTimesWithOffsets(text: String, seconds: Double, offset: Int) throws {
        guard case .date(let date) = try value(text) else { Issue.record("not a date"); return }
        #expect(date.date.timeIntervalSince1970 == seconds)
        #expect(date.utcOffsetSeconds == offset)
        #expect(date.text == text)
    }

    @Test func dateTimeWithoutOffsetIsReadAsUTCOrInAGivenTimeZone() throws {
        guard case .date(let date) = try value("2026-11-23 08:30") else { Issue.record("not a date"); return }
        #expect(date.time == YAMLDate.Time(hour: 8, minute: 30))
        #expect(date.utcOffsetSeconds == nil)
        #expect(date.date.timeIntervalSince1970 == 1_795_422_600)
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        #expect(date.date(in: paris).timeIntervalSince1970 == 1_795_419_000)
    }

    @Test func leapDayAndDatesBeforeTheEpoch() throws {
        guard case .date(let leap) = try value("2024-02-29"), case .date(let old) = try value("1969-12-31") else {
            Issue.record("not dates")
            return
        }
        #expect(leap.date.timeIntervalSince1970 == 1_709_164_800)
        #expect(old.date.timeIntervalSince1970 == -86_400)
    }

    @Test(arguments: [
        "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-11-23T24:00", "2026-11-23 08:61",
        "2026-11-23T08:30+01:75",
    ])
    func impossibleDatesAreErrors(text: String) {
        #expect(parseError("date: \(text)") == .invalidDate(text, location: at(1, 7)))
    }

    @Test(arguments: ["2026-11-23 réunion", "2026-11-23T", "2026-1-23", "2026-11-23T08"])
    func dateLikeTextsThatAreNotDatesStayStrings(text: String) throws {
        #expect(try value(text) == .string(text))
    }

    @Test func integersOutOfRangeAreErrors() {
        #expect(parseError("id: 99999999999999999999") == .numberOutOfRange("99999999999999999999", location: at(1, 5)))
        #expect(parseError("- 0xFFFFFFFFFFFFFFFFF") == .numberOutOfRange("0xFFFFFFFFFFFFFFFFF", location: at(1, 3)))
    }
}
