import Testing
import Typography

@Suite struct QuotesTests {
    @Test(arguments: [
        ("Il a dit \"bonjour\".", "Il a dit «⍽bonjour⍽»."),
        ("\" espaces \"", "«⍽espaces⍽»"),
        ("«bonjour»", "«⍽bonjour⍽»"),
        ("« bonjour »", "«⍽bonjour⍽»"),
        ("\"Elle a dit \"non\" hier\"", "«⍽Elle a dit “non” hier⍽»"),
        ("(\"cité\")", "(«⍽cité⍽»)"),
        ("\"Quoi ?\"", "«⍽Quoi⍽?⍽»"),
    ])
    func frenchGuillemets(input: String, expected: String) {
        #expect(french.apply(to: input) == spaced(expected))
    }

    @Test(arguments: [
        ("l'hôpital", "l’hôpital"),
        ("aujourd'hui", "aujourd’hui"),
        ("qu'il", "qu’il"),
        ("5' de marche", "5' de marche"),
        ("il a dit : 'oui'.", "il a dit⍽: ‘oui’."),
        ("' seul", "' seul"),
    ])
    func frenchApostrophes(input: String, expected: String) {
        #expect(french.apply(to: input) == spaced(expected))
    }

    @Test(arguments: [
        ("She said \"hello\".", "She said “hello”."),
        ("\"Nested 'inner' quote\"", "“Nested ‘inner’ quote”"),
        ("it's the nurses' room", "it’s the nurses’ room"),
        ("back in the '90s", "back in the ’90s"),
        ("a\"b\"c", "a“b”c"),
    ])
    func englishCurlyQuotes(input: String, expected: String) {
        #expect(english.apply(to: input) == expected)
    }

    @Test func englishLeavesGuillemetsAlone() {
        #expect(english.apply(to: "«as written»") == "«as written»")
    }

    @Test func quotePairingCarriesAcrossRuns() {
        let runs: [TextRun] = [.text("Tapez \""), .opaque("ls -la"), .text("\" puis \"Entrée\".")]
        #expect(french.apply(to: runs) == [spaced("Tapez «⍽"), "ls -la", spaced("⍽» puis «⍽Entrée⍽».")])
        #expect(english.apply(to: runs) == ["Tapez “", "ls -la", "” puis “Entrée”."])
    }

    @Test func quoteOpenedInOneTextRunClosesInAnother() {
        let runs: [TextRun] = [.text("Il a dit \"c'est "), .text("urgent"), .text("\" hier.")]
        #expect(french.apply(to: runs) == [spaced("Il a dit «⍽c’est "), "urgent", spaced("⍽» hier.")])
    }
}
