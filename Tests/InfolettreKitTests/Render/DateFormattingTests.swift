import Foundation
import Testing
@testable import InfolettreKit

/// Dates written by arithmetic are the ones Foundation's formatters and calendar give.
@Suite struct DateFormattingTests {
    private func formatter(_ language: ContentLanguage, _ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language.localeIdentifier)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter
    }

    /// Every eleventh day from 1600 to 2400 (every weekday, month and leap rule), and the days around them.
    private var days: [Date] {
        stride(from: -11_676_096_000.0, to: 13_574_563_200.0, by: 86_400 * 11).flatMap { [$0 - 86_400, $0] }
            .map(Date.init(timeIntervalSince1970:))
    }

    @Test(arguments: ContentLanguage.allCases) func longDatesAreFoundations(language: ContentLanguage) {
        let reference = formatter(language, "EEEE d MMMM y")
        let dates = DateFormatting(language: language)
        for day in days { #expect(dates.long(day) == reference.string(from: day)) }
    }

    @Test func isoDatesAndYearsAreFoundations() {
        let reference = formatter(.en, "yyyy-MM-dd")
        for day in days {
            #expect(DateFormatting.iso(day) == reference.string(from: day))
            #expect(DateFormatting.year(day) == String(reference.string(from: day).prefix(4)))
        }
    }

    @Test func datesArithmeticLeavesAreStillFormatted() {
        let dates = DateFormatting(language: .fr)
        let noon = Date(timeIntervalSince1970: 1_795_000_000.5)
        #expect(dates.long(noon) == formatter(.fr, "EEEE d MMMM y").string(from: noon))
        #expect(DateFormatting.iso(noon) == formatter(.fr, "yyyy-MM-dd").string(from: noon))
    }
}
