import Testing
@testable import Markdown

@Suite("HTML renderer safety")
struct HTMLSafetyTests {
    @Test("Raw HTML is omitted unless unsafe")
    func rawHTML() {
        #expect(Markdown.html("<div>\n*x*\n</div>") == "<!-- raw HTML omitted -->\n")
        #expect(Markdown.html("a <span onclick=\"x()\">b</span>") ==
            "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n")
        #expect(Markdown.html("a <b>c</b>", options: MarkdownOptions(unsafeHTML: true)) == "<p>a <b>c</b></p>\n")
    }

    @Test("Dangerous URL schemes are emptied, case-insensitively", arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox", "FILE:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=",
    ])
    func dangerousURLs(_ url: String) {
        #expect(Markdown.html("[x](\(url))") == "<p><a href=\"\">x</a></p>\n")
        #expect(Markdown.html("![x](\(url))") == "<p><img src=\"\" alt=\"x\" /></p>\n")
        #expect(Markdown.html("<\(url)>").contains("href=\"\""))
    }

    @Test("Image data URLs and ordinary URLs are kept")
    func safeURLs() {
        #expect(Markdown.html("![x](data:image/png;base64,AAAA)") == "<p><img src=\"data:image/png;base64,AAAA\" alt=\"x\" /></p>\n")
        #expect(Markdown.html("![x](DATA:image/webp;base64,AAAA)").contains("src=\"DATA:image/webp;base64,AAAA\""))
        #expect(Markdown.html("[x](https://example.org/a?b=c&d=e)") ==
            "<p><a href=\"https://example.org/a?b=c&amp;d=e\">x</a></p>\n")
    }

    @Test("Unsafe mode keeps dangerous URLs")
    func unsafeMode() {
        #expect(Markdown.html("[x](javascript:go)", options: MarkdownOptions(unsafeHTML: true)) ==
            "<p><a href=\"javascript:go\">x</a></p>\n")
    }

    @Test("Heading ids are unique slugs")
    func headingIDs() {
        let html = Markdown.html("# Été 2026 : bilan\n\n## Été 2026 : bilan\n\n### *Été* 2026 : bilan",
                                 options: MarkdownOptions(headingIDs: true))
        #expect(html == """
            <h1 id="ete-2026-bilan">Été 2026 : bilan</h1>
            <h2 id="ete-2026-bilan-1">Été 2026 : bilan</h2>
            <h3 id="ete-2026-bilan-2"><em>Été</em> 2026 : bilan</h3>

            """)
        #expect(!Markdown.html("# Titre").contains("id="))
    }

    @Test("Inline content renders without paragraph tags")
    func inlineRendering() throws {
        let document = MarkdownParser.parse("Un *titre* & co")
        let paragraph = try #require(document.firstParagraph)
        #expect(HTMLRenderer().render(inlines: paragraph.children) == "Un <em>titre</em> &amp; co")
    }
}
