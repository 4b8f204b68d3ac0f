import Testing
@testable import Discussions

@Suite struct SentenceCutterTests {
    @Test func keepsTextThatFits() {
        #expect(SentenceCutter.cut("Court.", toAtMost: 6) == "Court.")
        #expect(SentenceCutter.cut("", toAtMost: 10) == nil)
    }

    @Test func cutsAfterTheLastWholeSentence() {
        let text = "Première phrase. Deuxième ! Troisième ? Quatrième phrase bien plus longue."
        #expect(SentenceCutter.cut(text, toAtMost: 40) == "Première phrase. Deuxième ! Troisième ?")
        #expect(SentenceCutter.cut(text, toAtMost: 27) == "Première phrase. Deuxième !")
        #expect(SentenceCutter.cut("Alors… On verra. Fin du message", toAtMost: 20) == "Alors… On verra.")
        #expect(SentenceCutter.cut("Il a dit « non. » Puis il est parti.", toAtMost: 20) == "Il a dit « non. »")
    }

    @Test func neverTreatsADecimalPointAsASentenceEnd() {
        #expect(SentenceCutter.cut("La dose est de 2.5 mg par jour pendant dix jours.", toAtMost: 30) == "La dose est de 2.5 mg par…")
    }

    @Test func cutsAtAWordWithAnEllipsisWhenTheFirstSentenceIsTooLong() {
        let text = "Une première phrase vraiment très longue qui dépasse le budget. Suite."
        let cut = SentenceCutter.cut(text, toAtMost: 30)
        #expect(cut == "Une première phrase vraiment…")
        #expect((cut?.count ?? 99) <= 30)
        #expect(SentenceCutter.cut("Anticonstitutionnellement", toAtMost: 10) == "Anticonst…")
    }
}
