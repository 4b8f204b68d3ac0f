import Foundation
import Testing

@testable import Email

@Suite("Quoted-printable")
struct QuotedPrintableTests {
    private static let french = """
        Chères consœurs, chers confrères,
        Le congrès aura lieu à Lyon — entrée 15 € (tarif réduit = 10 €).   
        Voici une très longue ligne qui dépasse largement les soixante-seize caractères autorisés par la RFC 2045, avec des accents éàùçôœ partout.
        .point en début de ligne
        From the start
        \ttab final\t
        """

    @Test func escapesWhatMustBeEscaped() {
        #expect(QuotedPrintable.encode("a=b") == "a=3Db")
        #expect(QuotedPrintable.encode("été") == "=C3=A9t=C3=A9")
        #expect(QuotedPrintable.encode("fin  \nsuite") == "fin =20\r\nsuite")
        #expect(QuotedPrintable.encode(".\nFrom x\nFrom") == "=2E\r\n=46rom x\r\nFrom")
        #expect(QuotedPrintable.encode("a\r\nb\n") == "a\r\nb\r\n")
        #expect(QuotedPrintable.encode("bare\rCR") == "bare=0DCR")
        #expect(QuotedPrintable.encode("") == "")
    }

    @Test func roundTripsFrenchText() {
        let encoded = QuotedPrintable.encode(Self.french)
        let decoded = QuotedPrintable.decode(encoded)
        #expect(decoded == Self.french.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func keepsLinesShortAndMultibyteCharactersWhole() {
        let long = String(repeating: "é€a", count: 200) + " " + String(repeating: "x", count: 300)
        let encoded = QuotedPrintable.encode(long)
        let lines = encoded.components(separatedBy: "\r\n")
        #expect(lines.count > 10)
        for line in lines {
            #expect(line.utf8.count <= 76, "\(line)")
            // Each physical line decodes to whole UTF-8 characters: no sequence is split by a soft break.
            let content = line.hasSuffix("=") ? String(line.dropLast()) : line
            let bytes = QuotedPrintable.decode(Array(content.utf8))
            #expect(String(validating: bytes, as: UTF8.self) != nil, "\(line)")
        }
        #expect(QuotedPrintable.decode(encoded) == long)
    }

    @Test func fillsLinesToExactly76() {
        let encoded = QuotedPrintable.encode(String(repeating: "a", count: 200))
        #expect(encoded.components(separatedBy: "\r\n").map(\.utf8.count) == [76, 76, 50])
        #expect(QuotedPrintable.encode(String(repeating: "a", count: 76)) == String(repeating: "a", count: 76))
    }

    @Test func decoderToleratesLowercaseMalformedAndPadding() {
        #expect(QuotedPrintable.decode("caf=c3=a9 =\r\nsuite") == "café suite")
        #expect(QuotedPrintable.decode("a=zz=4") == "a=zz=4")
        #expect(QuotedPrintable.decode("soft=  \r\nbreak   \r\nend") == "softbreak\r\nend")
    }
}
