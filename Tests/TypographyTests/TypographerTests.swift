import Testing
import Typography

@Suite struct TypographerTests {
    @Test func opaqueRunsAreReturnedUnchanged() {
        let runs: [TextRun] = [
            .text("Voir "), .opaque("https://exemple.fr/a:b?c"), .text(" ou "), .opaque("let x = \"a\" -- b..."),
            .text(" à "), .opaque("14:30"),
        ]
        #expect(
            french.apply(to: runs) == [
                "Voir ", "https://exemple.fr/a:b?c", " ou ", "let x = \"a\" -- b...", " à ", "14:30",
            ])
    }

    @Test func opaqueRunsCountAsContext() {
        // The colon follows the code, a word: it gets its space; the quote after the code closes.
        let runs: [TextRun] = [.text("Lancez "), .opaque("make"), .text(": ça compile")]
        #expect(french.apply(to: runs) == ["Lancez ", "make", spaced("⍽: ça compile")])
    }

    @Test func spaceBeforePunctuationStartingTheNextRunMovesIntoIt() {
        let runs: [TextRun] = [.text("C'est "), .text("urgent "), .text("!")]
        #expect(french.apply(to: runs) == ["C’est ", "urgent", spaced("⍽!")])
    }

    @Test func oneOutputPerRunEvenWhenEmpty() {
        #expect(french.apply(to: [.text(""), .opaque(""), .text("")]) == ["", "", ""])
        #expect(french.apply(to: []) == [])
    }

    @Test func frenchMedicalSentences() {
        #expect(
            french.apply(to: "La dose est de 500 mg : attention ! L'infirmière dit \"non\"...")
                == spaced("La dose est de 500~mg⍽: attention⍽! L’infirmière dit «⍽non⍽»…"))
        #expect(
            french.apply(to: "Température : 38,5 °C ; saturation 95 % -- à surveiller.")
                == spaced("Température⍽: 38,5~°C⍽; saturation 95⍽% – à surveiller."))
    }

    @Test func englishSentence() {
        #expect(
            english.apply(to: "The nurse's note: \"give 5 mg\"... don't wait -- now!")
                == spaced("The nurse’s note: “give 5~mg”… don’t wait – now!"))
    }
}
