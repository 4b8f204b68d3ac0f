import Testing
@testable import Markdown

@Suite("Source ranges")
struct SourceRangeTests {
    @Test("Blocks carry their line and column span")
    func blocks() throws {
        let document = MarkdownParser.parse("# Titre\n\nUn paragraphe\nsur deux lignes.\n\n> - item\n")
        #expect(document.children.map(\.range) == [
            SourceRange(1, 1, 1, 7),
            SourceRange(3, 1, 4, 16),
            SourceRange(6, 1, 6, 8),
        ])
        guard case .blockQuote(let quote) = document.children[2], case .list(let list) = quote.children[0] else {
            Issue.record("expected a quoted list")
            return
        }
        #expect(list.range.start == SourcePosition(line: 6, column: 3))
        #expect(list.items[0].range == SourceRange(6, 3, 6, 8))
    }

    @Test("Inlines map back to their source columns, across lines and containers")
    func inlines() throws {
        let document = MarkdownParser.parse("> Voir *ceci* et\n> [le lien](https://x.org).\n")
        guard case .blockQuote(let quote) = document.children[0], case .paragraph(let paragraph) = quote.children[0] else {
            Issue.record("expected a quoted paragraph")
            return
        }
        #expect(paragraph.children.map(\.range) == [
            SourceRange(1, 3, 1, 7),    // "Voir "
            SourceRange(1, 8, 1, 13),   // *ceci*
            SourceRange(1, 14, 1, 16),  // " et"
            SourceRange(1, 17, 1, 17),  // soft break
            SourceRange(2, 3, 2, 26),   // [le lien](https://x.org)
            SourceRange(2, 27, 2, 27),  // "."
        ])
    }

    @Test("Table cells and headings have ranges")
    func tableCells() {
        let document = MarkdownParser.parse("| a | bb |\n|---|----|\n| c | dd |")
        guard case .table(let table) = document.children[0] else {
            Issue.record("expected a table")
            return
        }
        #expect(table.head.cells.map(\.range) == [SourceRange(1, 3, 1, 3), SourceRange(1, 7, 1, 8)])
        #expect(table.body[0].cells[1].children.first?.range == SourceRange(3, 7, 3, 8))
    }
}

@Suite("Source ranges of text")
struct TextSourceRangeTests {
    @Test("A text node's range covers exactly its source when written verbatim")
    func verbatimText() {
        let source = "Un texte  \nà la ligne, puis *mot* et fin."
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        let document = MarkdownParser.parse(source)
        var checked = 0
        for inline in document.allInlines {
            guard case .text(let text) = inline else { continue }
            let range = text.range
            #expect(range.start.line == range.end.line)
            let line = lines[range.start.line - 1]
            let bytes = line[(range.start.column - 1)..<range.end.column]
            #expect(String(decoding: bytes, as: UTF8.self) == text.string)
            checked += 1
        }
        #expect(checked == 4) // "Un texte", "à la ligne, puis ", "mot", " et fin."
    }
}
