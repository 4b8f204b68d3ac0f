import Testing
@testable import Privacy

@Suite struct SocialSecurityNumberRecognizerTests {
    let recognizer = SocialSecurityNumberRecognizer()

    @Test(arguments: [
        "1 85 05 78 006 084 91", "185057800608491", "1.85.05.78.006.084.91", "1-85-05-78-006-084-91",
        "2 69 05 2A 123 456 88", "2 69 05 2B 123 456 18", "269052b12345618", "1 75 02 35 123 045 66",
        "2 84 12 99 123 456 21",
    ])
    func flagsNumbersWhoseKeyChecks(nir: String) throws {
        let matches = recognizer.matches(in: "Mon NIR est \(nir).")
        let match = try #require(matches.first)
        #expect(matches.count == 1)
        #expect(match.keyStatus == .valid)
        #expect(match.keyStatus.confidence == 1)
        #expect(recognizedSpans(recognizer, in: "Mon NIR est \(nir).") == [nir])
    }

    @Test func validatesKeysIncludingCorsica() {
        #expect(SocialSecurityNumberRecognizer.isValidKey("1 85 05 78 006 084 91"))
        #expect(!SocialSecurityNumberRecognizer.isValidKey("1 85 05 78 006 084 92"))
        #expect(SocialSecurityNumberRecognizer.isValidKey("2 69 05 2A 123 456 88"))
        #expect(!SocialSecurityNumberRecognizer.isValidKey("2 69 05 2A 123 456 18"))
        #expect(SocialSecurityNumberRecognizer.isValidKey("2 69 05 2B 123 456 18"))
        #expect(!SocialSecurityNumberRecognizer.isValidKey("1 85 05 78 006 084"))
    }

    @Test func flagsNIRShapedTyposWithLowerConfidence() throws {
        let match = try #require(recognizer.matches(in: "n° SS 1 85 05 78 006 084 19").first)
        #expect(match.keyStatus == .invalid)
        #expect(match.keyStatus.confidence < 1)
    }

    @Test func flagsNumbersWithoutKeyWhenStrictlyShaped() throws {
        let match = try #require(recognizer.matches(in: "NIR : 1 85 05 78 006 084, clé oubliée").first)
        #expect(match.keyStatus == .missing)
        #expect(recognizedSpans(recognizer, in: "NIR : 1850578006084") == ["1850578006084"])
    }

    @Test(arguments: [
        "06 12 34 56 78", "le 23/11/2026", "RPPS 10001234567", "code 3400930000000", "5 85 05 78 006 084 17",
        "1 85 15 78 006 084 40", "1 85 05 00 006 084 04", "12 345 678 901 234 567", "A185057800608491",
        "185057800608491kg", "1 85 05 78 006 084 91 23", "3 85 05 78 006 084",
    ])
    func ignoresOtherNumbers(text: String) {
        #expect(recognizer.matches(in: text).isEmpty)
    }
}
