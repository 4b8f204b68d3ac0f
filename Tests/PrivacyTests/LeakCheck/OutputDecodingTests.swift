import Testing
@testable import Privacy

@Suite("Output decodings and links")
struct OutputDecodingTests {
    static func html(_ text: String) -> String { String(decoding: OutputDecoding.htmlEntities(Array(text.utf8)), as: UTF8.self) }
    static func qp(_ text: String) -> String { String(decoding: OutputDecoding.quotedPrintable(Array(text.utf8)), as: UTF8.self) }

    @Test("HTML named, decimal and hexadecimal references; unknown ones kept")
    func htmlEntities() {
        #expect(Self.html("H&eacute;l&#232;ne &#xC9;mile &amp; &unknown; &") == "Hélène Émile & &unknown; &")
    }

    @Test("quoted-printable escapes and soft line breaks; stray `=` kept")
    func quotedPrintable() {
        #expect(Self.qp("H=C3=A9l=C3=A8ne Pe=\r\ntit a=b =Z") == "Hélène Petit a=b =Z")
    }

    @Test("links: schemes, www, bare domains; not emails; trailing punctuation and parentheses excluded")
    func links() {
        var text = "Voir (https://ex.fr/a_(b)), www.site.org. Et monshop.fr! Pas claire@ex.fr ni 3.5 mg."
        text.withUTF8 { bytes in
            let links = LinkSpans.find(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
            #expect(links == ["https://ex.fr/a_(b)", "www.site.org", "monshop.fr"])
        }
    }
}
