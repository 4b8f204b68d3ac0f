import Testing
import Typography

@Suite struct DotsAndDashesTests {
    @Test(arguments: TypographyLanguage.allCases)
    func ellipsis(language: TypographyLanguage) {
        let typographer = Typographer(language: language)
        #expect(typographer.apply(to: "Et puis...") == "Et puis…")
        #expect(typographer.apply(to: "a.b et a..b et a....b") == "a.b et a..b et a....b")
    }

    @Test(arguments: TypographyLanguage.allCases)
    func dashes(language: TypographyLanguage) {
        let typographer = Typographer(language: language)
        #expect(typographer.apply(to: "pages 10--12") == "pages 10–12")
        #expect(typographer.apply(to: "soudain---silence") == "soudain—silence")
        #expect(typographer.apply(to: "matin - soir") == "matin – soir")
        #expect(typographer.apply(to: "----") == "----")
    }

    @Test func hyphensThatAreNotDashesStay() {
        #expect(french.apply(to: "rendez-vous à -5 °C") == spaced("rendez-vous à -5~°C"))
        #expect(french.apply(to: "- item") == "- item")
        #expect(french.apply(to: "a -b") == "a -b")
    }
}
