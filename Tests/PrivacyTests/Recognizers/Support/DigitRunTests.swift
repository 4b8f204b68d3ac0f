import Testing
@testable import Privacy

@Suite struct DigitRunTests {
    @Test func readsGroupsAndSeparators() {
        withRecognizerText("06 12.34-56/78\u{00A0}9 fin") { text in
            let run = DigitRun(reading: text, from: 0)
            #expect(run.digitCount == 11)
            #expect(run.groupCount == 6)
            #expect(run.range == 0..<17)
            #expect(run.separator(after: 0) == .space)
            #expect(run.separator(after: 1) == .dot)
            #expect(run.separator(after: 2) == .hyphen)
            #expect(run.separator(after: 3) == .slash)
            #expect(run.separator(after: 4) == .space)
            #expect(run.value(from: 0, count: 4) == 612)
            #expect(run.groupEnd(1) == 5)
            #expect(!run.separatesWithSpacesOnly(groups: 3))
            #expect(run.separatesWithSpacesOnly(groups: 2))
        }
    }

    @Test func stopsAtDoubleSeparatorsAndTrailingPunctuation() {
        withRecognizerText("12  34. 5") { text in
            #expect(DigitRun(reading: text, from: 0).range == 0..<2)
            #expect(DigitRun(reading: text, from: 4).range == 4..<6)
        }
    }

    @Test func marksRunsLongerThanItsStorage() {
        withRecognizerText(String(repeating: "1234 ", count: 10)) { text in
            let run = DigitRun(reading: text, from: 0)
            #expect(run.isOverlong)
            #expect(run.digitCount == 40)
            #expect(run.range.upperBound == 49)
        }
    }

    @Test func recognisesAmountsGroupedByThousands() {
        let grouped = ["10 000 000 000", "1.250.000", "350 123"]
        let notGrouped = ["100 0123 4565", "10 00 12", "1 250.000", "1234 567", "10001234565"]
        for (number, expected) in grouped.map({ ($0, true) }) + notGrouped.map({ ($0, false) }) {
            withRecognizerText(number) { text in
                #expect(DigitRun(reading: text, from: 0).isThousandsGrouped == expected, "\(number)")
            }
        }
    }

    @Test func checksLuhn() {
        withRecognizerText("10001234565 10001234566") { text in
            #expect(DigitRun(reading: text, from: 0).passesLuhn(from: 0, count: 11))
            #expect(!DigitRun(reading: text, from: 12).passesLuhn(from: 0, count: 11))
        }
    }

    @Test func visitsEveryMaximalRunOnce() {
        withRecognizerText("a12 34b 5,6") { text in
            var ranges: [Range<Int>] = []
            var standalone: [Bool] = []
            DigitRun.forEach(in: text) { run in
                ranges.append(run.range)
                standalone.append(run.isStandalone(in: text))
            }
            #expect(ranges == [1..<6, 8..<9, 10..<11])
            #expect(standalone == [false, true, true])
        }
    }
}
