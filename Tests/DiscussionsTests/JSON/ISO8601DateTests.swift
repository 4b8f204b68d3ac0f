import Foundation
import Testing
@testable import Discussions

@Suite struct ISO8601DateTests {
    @Test func parsesUTCOffsetsAndFractions() {
        #expect(ISO8601Date.parse("2026-11-17T08:12:00Z") == Date(timeIntervalSince1970: 1_794_903_120))
        #expect(ISO8601Date.parse("2026-11-17T09:12:00+01:00") == Date(timeIntervalSince1970: 1_794_903_120))
        #expect(ISO8601Date.parse("2026-11-17T03:42:00-0430") == Date(timeIntervalSince1970: 1_794_903_120))
        #expect(ISO8601Date.parse("2026-11-17T08:12:00.250Z") == Date(timeIntervalSince1970: 1_794_903_120.25))
        #expect(ISO8601Date.parse("2024-02-29T00:00:00Z") == Date(timeIntervalSince1970: 1_709_164_800))
    }

    @Test func rejectsMalformedAndImpossibleDates() {
        for text in ["2026-11-17", "2026-11-17T08:12:00", "2026-13-01T00:00:00Z", "2025-02-29T00:00:00Z",
                     "2026-11-17T24:00:00Z", "2026-11-17T08:12:00.Z", "2026-11-17T08:12:00Zjunk", "17/11/2026"] {
            #expect(ISO8601Date.parse(text) == nil, "\(text)")
        }
    }

    @Test func formatsAndRoundTrips() {
        let dates = [1_794_903_120, 1_794_903_120.25, 1_794_903_120.123456, -86_400.5, 951_782_400].map {
            Date(timeIntervalSince1970: $0)
        }
        #expect(ISO8601Date.format(dates[0]) == "2026-11-17T08:12:00Z")
        #expect(ISO8601Date.format(dates[1]) == "2026-11-17T08:12:00.25Z")
        #expect(ISO8601Date.format(dates[3]) == "1969-12-30T23:59:59.5Z")
        #expect(ISO8601Date.format(dates[4]) == "2000-02-29T00:00:00Z")
        for date in dates { #expect(ISO8601Date.parse(ISO8601Date.format(date)) == date) }
    }
}
