import Foundation
import Testing
@testable import Markdown

/// Pathological inputs: each must parse and render without crashing, in time linear in its size.
@Suite("Robustness")
struct RobustnessTests {
    /// Inputs of about 100 KB that defeat naive implementations (deep nesting, unmatched delimiters…).
    static let pathologicalInputs: [(name: String, markdown: String)] = [
        ("50,000 nested block quotes", String(repeating: ">", count: 50_000) + " x\n"),
        ("50,000 nested brackets", String(repeating: "[", count: 50_000) + "a" + String(repeating: "]", count: 50_000)),
        ("50,000 nested emphasis", String(repeating: "*", count: 50_000) + "a" + String(repeating: "*", count: 50_000)),
        ("nested images", String(repeating: "![", count: 20_000) + "a" + String(repeating: "](b)", count: 20_000)),
        ("unmatched asterisks", String(repeating: "a* ", count: 35_000)),
        ("alternating delimiters", String(repeating: "*a _", count: 25_000)),
        ("mixed delimiter runs", String(repeating: "*_", count: 25_000) + "a" + String(repeating: "_*", count: 25_000)),
        ("closers without openers", String(repeating: "a**", count: 30_000)),
        ("open brackets", String(repeating: "[a ", count: 35_000)),
        ("unclosed inline links", String(repeating: "[a](", count: 25_000)),
        ("unclosed link titles", String(repeating: "[a](b \"x ", count: 12_000)),
        ("less-than signs", String(repeating: "<", count: 100_000)),
        ("unclosed comments", String(repeating: "<!--", count: 25_000)),
        ("unclosed attribute values", String(repeating: "<a b=\"", count: 16_000)),
        ("backtick runs of many lengths", (1...440).map { String(repeating: "`", count: $0) + "a" }.joined()),
        ("deeply indented list", (0..<300).map { String(repeating: " ", count: 2 * $0) + "- x\n" }.joined()),
        ("list markers on one line", String(repeating: "- ", count: 50_000) + "x"),
        ("many definitions", (0..<5_000).map { "[a\($0)]: /u\($0)\n" }.joined() + (0..<5_000).map { "[a\($0)] " }.joined()),
        ("long table", "| a | b |\n|---|---|\n" + String(repeating: "| x | y |\n", count: 10_000)),
        ("entities", String(repeating: "&amp;&#12345;&nosuch;", count: 5_000)),
        ("autolink candidates", String(repeating: "www.a.b a@b.c http:// ", count: 5_000)),
        ("blank lines", String(repeating: "\n", count: 100_000)),
        ("footnote-like brackets", String(repeating: "[^a", count: 30_000)),
    ]

    @Test("Pathological input finishes quickly", arguments: pathologicalInputs.map(\.name))
    func pathological(_ name: String) throws {
        let markdown = try #require(Self.pathologicalInputs.first { $0.name == name }).markdown
        let start = ContinuousClock.now
        let document = MarkdownParser.parse(markdown)
        let html = HTMLRenderer().render(document)
        _ = PlainTextRenderer().render(document)
        let strict = HTMLRenderer(options: .commonMark).render(MarkdownParser.parse(markdown, options: .commonMark))
        #expect(!html.isEmpty || markdown.allSatisfy(\.isNewline))
        #expect(!strict.isEmpty || markdown.allSatisfy(\.isNewline))
        // A generous bound: quadratic behaviour on these sizes takes minutes, linear well under a second.
        #expect(ContinuousClock.now - start < .seconds(20))
    }

    @Test("NUL and invalid UTF-8 become U+FFFD")
    func replacementCharacter() {
        #expect(Markdown.html("a\u{0}b") == "<p>a\u{FFFD}b</p>\n")
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3, 0x0A]
        #expect(HTMLRenderer().render(MarkdownParser.parse(bytes: bytes)) == "<p>a\u{FFFD}b\u{FFFD}</p>\n")
        #expect(Markdown.html("&#0;") == "<p>\u{FFFD}</p>\n")
    }

    @Test("Bytes and String inputs parse alike")
    func bytesAndString() {
        let markdown = "# Titre\n\nUn *paragraphe* avec [lien](https://example.org).\r\n- a\r- b\n"
        #expect(MarkdownParser.parse(bytes: Data(markdown.utf8)) == MarkdownParser.parse(markdown))
    }
}
