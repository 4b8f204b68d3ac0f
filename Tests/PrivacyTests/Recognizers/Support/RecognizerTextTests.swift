import Testing
@testable import Privacy

@Suite struct RecognizerTextTests {
    @Test func decodesScalarsForwardAndBackward() {
        withRecognizerText("aé€😀") { text in
            #expect(text.scalar(at: 1)?.scalar == "é")
            #expect(text.scalar(at: 1)?.length == 2)
            #expect(text.scalar(at: 3)?.length == 3)
            #expect(text.scalar(at: 6)?.length == 4)
            #expect(text.scalar(at: 2) == nil)  // a continuation byte
            #expect(text.scalar(before: 10)?.scalar == "😀")
            #expect(text.scalar(before: 10)?.start == 6)
            #expect(text.scalar(before: 3)?.start == 1)
            #expect(text.scalar(before: 0) == nil)
        }
    }

    @Test func classifiesLettersAcrossScripts() {
        withRecognizerText("É«x»1 Ωß") { text in
            #expect(text.isLetter(at: 0))
            #expect(text.isUppercaseLetter(at: 0))
            #expect(!text.isWordCharacter(at: 2))  // «
            #expect(text.isWordCharacter(before: 5))  // x
            #expect(!text.isWordCharacter(before: 7))  // »
            #expect(text.isWordCharacter(at: 7))  // 1
            #expect(text.isUppercaseLetter(at: 9))  // Ω
            #expect(text.isLetter(at: 11) && !text.isUppercaseLetter(at: 11))  // ß
        }
    }

    @Test func measuresEverySpaceKind() {
        withRecognizerText("a \u{00A0}\u{202F}\u{2009}\tb") { text in
            #expect(text.spaceLength(at: 1) == 1)
            #expect(text.spaceLength(at: 2) == 2)
            #expect(text.spaceLength(at: 4) == 3)
            #expect(text.spaceLength(at: 7) == 3)
            #expect(text.skippingSpaces(from: 1) == 11)
            #expect(text.skippingSpaces(backwardFrom: 11) == 1)
            #expect(text.spaceLength(at: 0) == 0)
        }
    }

    @Test func foldsCaseOfASCIIAndLatinCapitals() {
        withRecognizerText("NÉE Le") { text in
            #expect(text.matchesFolded(Array("née".utf8), at: 0))
            #expect(text.matchesWord(Array("le".utf8), at: 5))
            #expect(!text.matchesWord(Array("n".utf8), at: 0))
            #expect(!text.matchesFolded(Array("lea".utf8), at: 5))
        }
    }

    @Test func skipsWholeWordsToTheNextCandidate() {
        withRecognizerText("Hélène, ok") { text in
            #expect(text.nextCandidate(after: 0) == 8)
            #expect(text.nextCandidate(after: 8) == 9)
        }
    }
}
