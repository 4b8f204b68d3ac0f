import Testing
@testable import InfolettreKit

@Suite struct ContentRendererTests {
    @Test(arguments: [
        ("", 0), ("   ", 0), ("un", 1), ("Bonjour tout le monde", 4), ("  deux\tmots\n", 2),
        // Typography's no-break spaces separate words like spaces do; an apostrophe does not.
        ("Pourquoi\u{202F}? C’est\u{00A0}: « oui »", 7), ("ligne\r\nsuivante", 2), ("café\u{3000}thé", 2),
    ])
    func wordsAreRunsOfNonWhitespace(text: String, words: Int) {
        #expect(ContentRenderer.wordCount(text) == words)
        #expect(ContentRenderer.wordCount(text) == text.split(whereSeparator: \.isWhitespace).count)
    }

    /// Every white space scalar of Unicode, and neighbours that are not, separate words exactly as the
    /// property says, whatever their UTF-8 length.
    @Test func everyWhiteSpaceScalarSeparatesWords() {
        let candidates: [UInt32] = Array(0x00...0x30) + [0x7F, 0x80, 0x84, 0x85, 0x86, 0x9F, 0xA0, 0xA1, 0x167F, 0x1680,
                                                        0x1681, 0x180E, 0x1FFF, 0x200B, 0x2027, 0x202A, 0x202E, 0x2030,
                                                        0x205E, 0x2060, 0x2FFF, 0x3001, 0xFEFF, 0x1F600]
            + Array(0x2000...0x200C) + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
        for value in candidates {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a\(Character(scalar))b c"
            let expected = scalar.properties.isWhitespace ? 3 : 2
            #expect(ContentRenderer.wordCount(text) == expected, "U+\(String(value, radix: 16))")
        }
    }
}
