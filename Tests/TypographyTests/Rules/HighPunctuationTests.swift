import Testing
import Typography

@Suite struct HighPunctuationTests {
    @Test(arguments: [
        ("Attention !", "Attention⍽!"),
        ("Attention!", "Attention⍽!"),
        ("Vraiment ?", "Vraiment⍽?"),
        ("Pourquoi?", "Pourquoi⍽?"),
        ("voici : la liste", "voici⍽: la liste"),
        ("voici: la liste", "voici⍽: la liste"),
        ("un ; deux", "un⍽; deux"),
        ("un;deux", "un;deux"),
        ("mot\u{00A0}!", "mot⍽!"),
        ("mot   !", "mot⍽!"),
        ("Quoi ?!", "Quoi⍽?!"),
        ("Note :", "Note⍽:"),
        ("La dose est de 500 mg : attention !", "La dose est de 500~mg⍽: attention⍽!"),
    ])
    func frenchSpaceBeforeHighPunctuation(input: String, expected: String) {
        #expect(french.apply(to: input) == spaced(expected))
    }

    @Test(arguments: [
        "Rendez-vous à 14:30 précises",
        "un ratio 1:2 des doses",
        "voir http://exemple.fr/a:b?c=1",
        "Bravo :) et ;)",
        "? en début de texte",
        "ligne\n: suite",
        "la page?id=3",
        "std::vector",
    ])
    func frenchLeavesNonProsePunctuation(input: String) {
        #expect(french.apply(to: input) == input)
    }

    @Test func englishKeepsPunctuationAsWritten() {
        #expect(english.apply(to: "Careful! Really? Yes: now; later") == "Careful! Really? Yes: now; later")
        #expect(english.apply(to: "French style ? kept") == "French style ? kept")
    }
}
