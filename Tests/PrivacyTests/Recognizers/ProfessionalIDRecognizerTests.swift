import Testing
@testable import Privacy

@Suite struct ProfessionalIDRecognizerTests {
    let recognizer = ProfessionalIDRecognizer()

    @Test(arguments: ["10001234565", "80009876543", "100 0123 4565", "810001234565", "356123455", "75 1 23456 8"])
    func flagsIdentifiersWhoseCheckDigitPasses(identifier: String) {
        #expect(recognizedSpans(recognizer, in: "Elle exerce sous le numéro \(identifier).") == [identifier])
        #expect(recognizedSpans(recognizer, in: "Voir \(identifier) dans l'annuaire") == [identifier])
    }

    @Test func flagsEveryElevenDigitNumberStartingLikeAnRPPS() {
        #expect(recognizedSpans(recognizer, in: "le code 10001234566 est faux") == ["10001234566"])
        #expect(recognizedSpans(recognizer, in: "le code 12001234566 est faux").isEmpty)
    }

    @Test(arguments: [
        "RPPS 12001234566", "n° RPPS : 80009876544", "n° RPPS : 10001234566", "ADELI 356123456", "n° 356123456",
        "Numéro ADELI: 35 6 12345 6",
    ])
    func flagsLabelledIdentifiersWithAWrongCheckDigit(text: String) {
        let spans = recognizedSpans(recognizer, in: text)
        #expect(spans.count == 1)
        #expect(spans.first.map { text.hasSuffix($0) } == true)
    }

    @Test(arguments: [
        "le code 12001234566 est faux", "code 356123456", "80009876544", "06 12 34 56 78", "1 85 05 78 006 084 91",
        "20001234567", "A10001234565", "10001234565mg", "1000123456", "100012345650", "le 23/11/2026",
        "005123456 unités", "12,50 €", "un budget de 10 000 000 000 €", "soit 100.012.345.651 au total",
        "350 123 455 habitants",
    ])
    func ignoresOtherNumbers(text: String) {
        #expect(recognizedSpans(recognizer, in: text).isEmpty)
    }
}
