import Testing
@testable import Markdown

/// Examples from the GFM specification's extension sections, rendered with extensions on.
@Suite("GFM extensions")
struct GFMTests {
    private func html(_ markdown: String) -> String {
        Markdown.html(markdown, options: MarkdownOptions(extensions: true, unsafeHTML: true))
    }

    @Test("Table with header and body")
    func table() {
        #expect(html("| foo | bar |\n| --- | --- |\n| baz | bim |") == """
            <table>
            <thead>
            <tr>
            <th>foo</th>
            <th>bar</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>baz</td>
            <td>bim</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test("Table alignments and rows without outer pipes")
    func alignments() {
        let output = html("| abc | defghi |\n:-: | -----------:\nbar | baz")
        #expect(output.contains("<th align=\"center\">abc</th>\n<th align=\"right\">defghi</th>"))
        #expect(output.contains("<td align=\"center\">bar</td>\n<td align=\"right\">baz</td>"))
    }

    @Test("Escaped pipes inside cells, code and emphasis")
    func escapedPipes() {
        let output = html("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |")
        #expect(output.contains("<th>f|oo</th>"))
        #expect(output.contains("<td>b <code>|</code> az</td>"))
        #expect(output.contains("<td>b <strong>|</strong> im</td>"))
    }

    @Test("A table ends at another block or a blank line")
    func tableEnds() {
        let quote = html("| abc | def |\n| --- | --- |\n| bar | baz |\n> bar")
        #expect(quote.hasSuffix("</table>\n<blockquote>\n<p>bar</p>\n</blockquote>\n"))
        let paragraph = html("| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar")
        #expect(paragraph.contains("<tr>\n<td>bar</td>\n<td></td>\n</tr>"))
        #expect(paragraph.hasSuffix("</table>\n<p>bar</p>\n"))
    }

    @Test("The delimiter row must match the header's cell count")
    func mismatchedHeader() {
        #expect(html("| abc | def |\n| --- |\n| bar |") == "<p>| abc | def |\n| --- |\n| bar |</p>\n")
    }

    @Test("Missing cells are empty, extra cells are dropped")
    func cellCounts() {
        let output = html("| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |")
        #expect(output.contains("<tr>\n<td>bar</td>\n<td></td>\n</tr>"))
        #expect(output.contains("<tr>\n<td>bar</td>\n<td>baz</td>\n</tr>"))
        #expect(!output.contains("boo"))
    }

    @Test("A table without body rows has no tbody")
    func headerOnly() {
        #expect(html("| abc | def |\n| --- | --- |") ==
            "<table>\n<thead>\n<tr>\n<th>abc</th>\n<th>def</th>\n</tr>\n</thead>\n</table>\n")
    }

    @Test("A paragraph's last line can become a table header")
    func tableAfterParagraph() {
        let output = html("Intro\n| a |\n| - |\n| b |")
        #expect(output.hasPrefix("<p>Intro</p>\n<table>"))
    }

    @Test("Strikethrough with one or two tildes")
    func strikethrough() {
        #expect(html("~~Hi~~ Hello, ~there~ world!") == "<p><del>Hi</del> Hello, <del>there</del> world!</p>\n")
        #expect(html("This ~~has a\n\nnew paragraph~~.") == "<p>This ~~has a</p>\n<p>new paragraph~~.</p>\n")
        #expect(html("This will ~~~not~~~ strike.") == "<p>This will ~~~not~~~ strike.</p>\n")
        #expect(html("~~a~") == "<p>~~a~</p>\n")
    }

    @Test("Strikethrough is off in CommonMark mode")
    func strikethroughOff() {
        #expect(Markdown.html("~~Hi~~", options: .commonMark) == "<p>~~Hi~~</p>\n")
    }

    @Test("www autolinks")
    func wwwAutolinks() {
        #expect(html("www.commonmark.org") == "<p><a href=\"http://www.commonmark.org\">www.commonmark.org</a></p>\n")
        #expect(html("Visit www.commonmark.org/help for more information.") ==
            "<p>Visit <a href=\"http://www.commonmark.org/help\">www.commonmark.org/help</a> for more information.</p>\n")
        #expect(html("Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.") == """
            <p>Visit <a href="http://www.commonmark.org">www.commonmark.org</a>.</p>
            <p>Visit <a href="http://www.commonmark.org/a.b">www.commonmark.org/a.b</a>.</p>

            """)
    }

    @Test("Autolinks and parentheses")
    func parentheses() {
        let link = "<a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a>"
        #expect(html("www.google.com/search?q=Markup+(business)") == "<p>\(link)</p>\n")
        #expect(html("www.google.com/search?q=Markup+(business)))") == "<p>\(link)))</p>\n")
        #expect(html("(www.google.com/search?q=Markup+(business))") == "<p>(\(link))</p>\n")
        #expect(html("(www.google.com/search?q=Markup+(business)") == "<p>(\(link)</p>\n")
        #expect(html("www.google.com/search?q=(business))+ok") ==
            "<p><a href=\"http://www.google.com/search?q=(business))+ok\">www.google.com/search?q=(business))+ok</a></p>\n")
    }

    @Test("Autolinks exclude a trailing entity reference and stop at <")
    func entitiesAndAngles() {
        #expect(html("www.google.com/search?q=commonmark&hl;") ==
            "<p><a href=\"http://www.google.com/search?q=commonmark\">www.google.com/search?q=commonmark</a>&amp;hl;</p>\n")
        #expect(html("www.commonmark.org/he<lp") ==
            "<p><a href=\"http://www.commonmark.org/he\">www.commonmark.org/he</a>&lt;lp</p>\n")
    }

    @Test("A domain needs a period")
    func domainNeedsPeriod() {
        #expect(html("www. et http://localhost") == "<p>www. et http://localhost</p>\n")
        #expect(html("www.a_b.example_c.org") == "<p>www.a_b.example_c.org</p>\n")
    }

    @Test("URL autolinks")
    func urlAutolinks() {
        #expect(html("http://commonmark.org") == "<p><a href=\"http://commonmark.org\">http://commonmark.org</a></p>\n")
        #expect(html("Anonymous FTP is available at ftp://foo.bar.baz.") ==
            "<p>Anonymous FTP is available at <a href=\"ftp://foo.bar.baz\">ftp://foo.bar.baz</a>.</p>\n")
        #expect(html("[lien](http://a.example) http://b.example") ==
            "<p><a href=\"http://a.example\">lien</a> <a href=\"http://b.example\">http://b.example</a></p>\n")
        #expect(html("[http://a.example](http://b.example)") ==
            "<p><a href=\"http://b.example\">http://a.example</a></p>\n")
    }

    @Test("E-mail autolinks")
    func emailAutolinks() {
        #expect(html("foo@bar.baz") == "<p><a href=\"mailto:foo@bar.baz\">foo@bar.baz</a></p>\n")
        #expect(html("hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.") ==
            "<p>hello@mail+xyz.example isn't valid, but <a href=\"mailto:hello+xyz@mail.example\">hello+xyz@mail.example</a> is.</p>\n")
        #expect(html("a.b-c_d@a.b") == "<p><a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a></p>\n")
        #expect(html("a.b-c_d@a.b.") == "<p><a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a>.</p>\n")
        #expect(html("a.b-c_d@a.b-") == "<p>a.b-c_d@a.b-</p>\n")
        #expect(html("a.b-c_d@a.b_") == "<p>a.b-c_d@a.b_</p>\n")
    }

    @Test("Task list items")
    func taskItems() {
        #expect(html("- [ ] foo\n- [x] bar") == """
            <ul>
            <li><input type="checkbox" disabled="" /> foo</li>
            <li><input type="checkbox" checked="" disabled="" /> bar</li>
            </ul>

            """)
        let document = MarkdownParser.parse("- [X] fait\n- pas une tâche")
        guard case .list(let list)? = document.children.first else {
            Issue.record("expected a list")
            return
        }
        #expect(list.items.map(\.checkbox) == [.checked, nil])
    }

    @Test("Footnotes render like cmark-gfm")
    func footnotes() {
        #expect(html("Texte[^note] et encore[^note].\n\n[^note]: La note.") == """
            <p>Texte<sup class="footnote-ref"><a href="#fn-note" id="fnref-note" data-footnote-ref>1</a></sup> et encore\
            <sup class="footnote-ref"><a href="#fn-note" id="fnref-note-2" data-footnote-ref>1</a></sup>.</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-note">
            <p>La note. <a href="#fnref-note" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" \
            aria-label="Back to reference 1">↩</a> <a href="#fnref-note-2" class="footnote-backref" data-footnote-backref \
            data-footnote-backref-idx="2" aria-label="Back to reference 2">↩<sup class="footnote-ref">2</sup></a></p>
            </li>
            </ol>
            </section>

            """)
    }

    @Test("Footnotes are numbered by first reference; unknown ones stay text")
    func footnoteOrder() {
        let output = html("A[^b] B[^a] C[^x]\n\n[^a]: Note a.\n[^b]: Note b.\n    Suite de b.")
        #expect(output.contains("<a href=\"#fn-b\" id=\"fnref-b\" data-footnote-ref>1</a>"))
        #expect(output.contains("<a href=\"#fn-a\" id=\"fnref-a\" data-footnote-ref>2</a>"))
        #expect(output.contains("C[^x]"))
        #expect(output.contains("<li id=\"fn-b\">\n<p>Note b.\nSuite de b."))
        let b = output.range(of: "<li id=\"fn-b\">")
        let a = output.range(of: "<li id=\"fn-a\">")
        #expect(b != nil && a != nil && b!.lowerBound < a!.lowerBound)
    }

    @Test("Extensions are off with --commonmark")
    func extensionsOff() {
        let markdown = "| a |\n| - |\n\nwww.example.org\n\n- [ ] x\n\nNote[^1]\n\n[^1]: n"
        let output = Markdown.html(markdown, options: .commonMark)
        #expect(!output.contains("<table>"))
        #expect(!output.contains("http://www.example.org"))
        #expect(!output.contains("checkbox"))
        #expect(!output.contains("footnote"))
    }
}
