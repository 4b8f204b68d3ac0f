import Foundation
import Testing
@testable import Markdown

@Suite("Plain-text renderer")
struct PlainTextRendererTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static let goldenNames: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: goldenDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }()

    @Test("Golden files exist")
    func goldenFilesExist() {
        #expect(Self.goldenNames.count >= 2)
    }

    @Test("Golden file renders as recorded", arguments: goldenNames)
    func golden(_ name: String) throws {
        let input = try String(contentsOf: Self.goldenDirectory.appendingPathComponent(name + ".md"), encoding: .utf8)
        let expected = try String(contentsOf: Self.goldenDirectory.appendingPathComponent(name + ".txt"), encoding: .utf8)
        #expect(Markdown.plainText(input) == expected)
    }

    @Test("Lines never exceed the width unless a single word is wider")
    func wrapping() {
        let text = Markdown.plainText(String(repeating: "mot très long encore ", count: 40), width: 30)
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= 30)
        }
        let url = "https://example.org/" + String(repeating: "a", count: 80)
        #expect(Markdown.plainText("voir \(url) ici", width: 30) == "voir\n\(url)\nici\n")
    }

    @Test("No-break spaces keep French punctuation attached")
    func noBreakSpaces() {
        let text = Markdown.plainText("aaaa bbbb cccc dddd\u{202F}?", width: 16)
        #expect(text == "aaaa bbbb cccc\ndddd\u{202F}?\n")
    }

    @Test("References can follow each block")
    func referencesAfterEachBlock() {
        let document = MarkdownParser.parse("Un [lien](https://a.example).\n\nDeux [liens](https://b.example).\n")
        let text = PlainTextRenderer(referencesAfterEachBlock: true).render(document)
        #expect(text == "Un lien [1].\n\n[1] https://a.example\n\nDeux liens [2].\n\n[2] https://b.example\n")
    }

    @Test("Headings are set apart by level")
    func headings() {
        #expect(Markdown.plainText("# Un\n\n## Deux\n\n### Trois") == "Un\n===\n\nDeux\n----\n\nTROIS\n")
    }

    @Test("Code blocks are indented and never wrapped")
    func codeBlocks() {
        let line = String(repeating: "x", count: 100)
        #expect(Markdown.plainText("```\n\(line)\n```", width: 20) == "    \(line)\n")
    }

    @Test("Empty document renders as empty text")
    func empty() {
        #expect(Markdown.plainText("") == "")
    }
}
