import Testing
@testable import Privacy

@Suite struct PhoneRecognizerTests {
    let recognizer = PhoneRecognizer()

    @Test(arguments: [
        "06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "0612345678", "06 12.34-56 78",
        "+33 6 12 34 56 78", "+33612345678", "+33 (0)6 12 34 56 78", "+33(0)612345678", "0033 6 12 34 56 78",
        "0033612345678", "01 23 45 67 89", "02 99 12 34 56", "05.56.12.34.56", "09 72 12 34 56",
        "0 800 123 456", "06 1234 5678", "+262 692 12 34 56", "+590 690 12 34 56", "+594 694 12 34 56",
        "+596 696 12 34 56", "0692 12 34 56", "+32 470 12 34 56", "+41 79 123 45 67", "+33 06 12 34 56 78",
        "06/12/34/56/78", "06\u{00A0}12\u{00A0}34\u{00A0}56\u{00A0}78", "06\u{202F}12\u{202F}34\u{202F}56\u{202F}78",
        "(+33) 6 12 34 56 78", "+33 (0) 6 12 34 56 78", "+687 12 34 56", "+689 87 12 34 56",
    ])
    func flagsEverySpelling(number: String) {
        #expect(recognizedSpans(recognizer, in: "Appelez-moi au \(number), merci.") == [number])
    }

    @Test func coversTheWholeNumberAtTextEdges() {
        #expect(recognizedSpans(recognizer, in: "0612345678") == ["0612345678"])
        #expect(recognizedSpans(recognizer, in: "(+33 6 12 34 56 78)") == ["+33 6 12 34 56 78"])
        #expect(recognizedSpans(recognizer, in: "tél:06.12.34.56.78.") == ["06.12.34.56.78"])
    }

    @Test func keepsTheFivePairsBeforeAnotherNumber() {
        #expect(recognizedSpans(recognizer, in: "au 06 12 34 56 78 3 fois") == ["06 12 34 56 78"])
    }

    @Test func splitsNumbersWrittenOneAfterTheOther() {
        #expect(
            recognizedSpans(recognizer, in: "06.12.34.56.78/07.98.76.54.32") == ["06.12.34.56.78", "07.98.76.54.32"])
        #expect(recognizedSpans(recognizer, in: "0612345678/0798765432.") == ["0612345678", "0798765432"])
        #expect(recognizedSpans(recognizer, in: "0612345678-12") == ["0612345678"])
        #expect(recognizedSpans(recognizer, in: "06 12 34 56 78 00 12 34 56 78") == ["06 12 34 56 78"])
    }

    @Test(arguments: [
        "le 23/11/2026 à 14h30", "12,50 €", "500 mg", "en 2026", "1 250 000 €", "le 01/02/2026 12:00",
        "NIR 1 85 05 78 006 084 36", "RPPS 10001234567", "061234567", "06123456789", "00 12 34 56 78",
        "A0612345678", "0612345678B", "1 06 12 34 56 78 90", "+33 6 12 34", "+12 345", "code 1234567890",
        "+33 1 23 45 67 89 01",
    ])
    func ignoresOtherNumbers(text: String) {
        #expect(recognizedSpans(recognizer, in: text).isEmpty)
    }

    @Test func findsSeveralNumbers() {
        let text = "Fixe : 02 99 00 11 22 ; portable : +33 7 12 34 56 78."
        #expect(recognizedSpans(recognizer, in: text) == ["02 99 00 11 22", "+33 7 12 34 56 78"])
    }
}
