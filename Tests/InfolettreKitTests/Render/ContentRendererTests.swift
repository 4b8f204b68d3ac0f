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
}
