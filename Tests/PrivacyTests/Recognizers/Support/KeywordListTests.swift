import Testing
@testable import Privacy

@Suite struct KeywordListTests {
    let list = KeywordList(["rue", "ruelle", "av.", "n°", "lieu-dit", "né"])

    @Test func matchesTheLongestWholeWord() {
        withRecognizerText("RUELLE rues av.Foch n°3 Lieu-Dit NÉ") { text in
            #expect(list.match(in: text, at: 0) == 6)
            #expect(list.match(in: text, at: 7) == nil)  // "rues" is another word
            #expect(list.match(in: text, at: 12) == 15)  // punctuation ends the keyword
            #expect(list.match(in: text, at: 20) == 23)  // "n°" before a digit
            #expect(list.match(in: text, at: 25) == 33)
            #expect(list.match(in: text, at: 34) == 37)
            #expect(list.match(in: text, at: 1) == nil)  // inside a word
        }
    }

    @Test func findsKeywordsEndingAtAPositionAndInAWindow() {
        withRecognizerText("au n° 12 de la rue") { text in
            #expect(list.matchEnding(in: text, at: 19) == 16)
            #expect(list.matchEnding(in: text, at: 15) == nil)
            #expect(list.occurs(in: text, before: 7, window: 6))
            #expect(!list.occurs(in: text, before: 7, window: 2))
        }
    }
}
