import Testing
@testable import Privacy

@Suite struct IBANRecognizerTests {
    let recognizer = IBANRecognizer()

    @Test(arguments: [
        "FR76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189", "DE89 3704 0044 0532 0130 00",
        "BE68 5390 0754 7034", "FR38 3000 4000 03AB 1234 5678 901", "XK05 1212 0123 4567 8906",
    ])
    func flagsIBANsWhoseCheckPasses(iban: String) {
        #expect(recognizedSpans(recognizer, in: "Virement sur \(iban) merci") == [iban])
        #expect(recognizedSpans(recognizer, in: "(\(iban)).") == [iban])
    }

    @Test func checksTheMod97Key() {
        #expect(IBANRecognizer.isValid("FR76 3000 6000 0112 3456 7890 189"))
        #expect(IBANRecognizer.isValid("fr7630006000011234567890189"))
        #expect(!IBANRecognizer.isValid("FR76 3000 6000 0112 3456 7890 188"))
        #expect(!IBANRecognizer.isValid("FR76 3000"))
        #expect(!IBANRecognizer.isValid("7676 3000 6000 0112 3456 7890 189"))
    }

    @Test func flagsMistypedIBANsOfTheirCountrysLength() {
        #expect(
            recognizedSpans(recognizer, in: "virement FR76 3000 6000 0112 3456 7890 188 ok") == [
                "FR76 3000 6000 0112 3456 7890 188"
            ])
        #expect(recognizedSpans(recognizer, in: "IBAN : XK05 1212 0123 4567 8907") == ["XK05 1212 0123 4567 8907"])
        #expect(recognizedSpans(recognizer, in: "compte XK05 1212 0123 4567 8907").isEmpty)
    }

    @Test func flagsLabelledBICs() {
        #expect(recognizedSpans(recognizer, in: "BIC : BNPAFRPPXXX, merci") == ["BNPAFRPPXXX"])
        #expect(recognizedSpans(recognizer, in: "code SWIFT AGRIFRPP") == ["AGRIFRPP"])
    }

    @Test(arguments: [
        "FR76 3000 6000 0112 3456 7890 18", "compte FR76 3000", "AB12 sur la route", "Le CHU 35000 Rennes",
        "BIC non communiqué", "bic : BNPA", "ZZ99 9999 9999 9999 9999", "LFR7630006000011234567890189",
    ])
    func ignoresOtherText(text: String) {
        #expect(recognizedSpans(recognizer, in: text).isEmpty)
    }
}
