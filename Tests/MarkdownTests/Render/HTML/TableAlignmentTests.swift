import Testing
@testable import Markdown

@Suite("Table alignment markup")
struct TableAlignmentTests {
    let source = "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n"

    @Test("cmark-gfm's align attributes by default")
    func attributes() {
        let html = Markdown.html(source)
        #expect(html.contains("<th align=\"left\">a</th>"))
        #expect(html.contains("<td align=\"center\">2</td>"))
    }

    @Test("CSS text-align for valid HTML5 pages")
    func styles() {
        let html = Markdown.html(source, options: MarkdownOptions(tableAlignment: .style))
        #expect(html.contains("<th style=\"text-align: left\">a</th>"))
        #expect(html.contains("<td style=\"text-align: right\">3</td>"))
        #expect(!html.contains("align=\""))
    }
}
