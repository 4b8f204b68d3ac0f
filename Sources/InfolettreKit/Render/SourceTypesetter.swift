import Markdown
import Typography

/// Applies typography to Markdown *source*: each text node whose source bytes are exactly its text is
/// replaced in place, so the result is still Markdown, typeset in the article's own language. The email's
/// text part is composed from such sources, which keeps an English article's rules inside a French issue.
/// Text written with escapes or entities is left as written (its source differs from its text).
struct SourceTypesetter: Sendable {
    let typographer: Typographer

    init(language: ContentLanguage) {
        typographer = Typographer(language: language == .en ? .en : .fr)
    }

    func typeset(_ markdown: String, options: MarkdownOptions) -> String {
        typeset(markdown, parsed: MarkdownParser.parse(markdown, options: options))
    }

    /// `markdown` typeset, given its already parsed document (renderers parse each source once).
    func typeset(_ markdown: String, parsed: Document) -> String {
        var document = parsed
        let source = Array(markdown.utf8)
        let lineStarts = Self.lineStarts(source)
        var replacements: [(range: Range<Int>, text: String)] = []
        document.forEachLeaf { inlines, _ in
            let nodes = Self.flatten(inlines)
            let runs = nodes.map { node -> TextRun in
                switch node {
                case .text(let text): .text(text.string)
                case .code(let code): .opaque(code.code)
                default: .opaque("")
                }
            }
            let output = typographer.apply(to: runs)
            for (node, typeset) in zip(nodes, output) {
                guard case .text(let text) = node, typeset != text.string,
                      let range = Self.byteRange(text.range, lineStarts: lineStarts, source: source),
                      source[range].elementsEqual(text.string.utf8)
                else { continue }
                replacements.append((range, typeset))
            }
        }
        // One forward pass: replacing in place would move the tail once per replacement.
        var result: [UInt8] = []
        result.reserveCapacity(source.count + source.count / 8)
        var copied = 0
        for replacement in replacements.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where replacement.range.lowerBound >= copied {
            result += source[copied..<replacement.range.lowerBound]
            result += replacement.text.utf8
            copied = replacement.range.upperBound
        }
        result += source[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The leaf's inline nodes in document order, containers replaced by their children (explicit stack: no
    /// recursion a document could drive deep).
    private static func flatten(_ inlines: [Inline]) -> [Inline] {
        var flat: [Inline] = []
        var stack = Array(inlines.reversed())
        while let node = stack.popLast() {
            let children = node.children
            if children.isEmpty { flat.append(node) } else { stack.append(contentsOf: children.reversed()) }
        }
        return flat
    }

    private static func lineStarts(_ source: [UInt8]) -> [Int] {
        var starts = [0]
        for (offset, byte) in source.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        return starts
    }

    /// Byte offsets of an inclusive line:column range (columns in UTF-8 bytes).
    private static func byteRange(_ range: SourceRange, lineStarts: [Int], source: [UInt8]) -> Range<Int>? {
        guard range.start.line >= 1, range.end.line >= 1, range.start.line <= lineStarts.count,
              range.end.line <= lineStarts.count
        else { return nil }
        let start = lineStarts[range.start.line - 1] + range.start.column - 1
        var end = lineStarts[range.end.line - 1] + range.end.column - 1
        guard start >= 0, end < source.count, start <= end else { return nil }
        end += utf8Length(leading: source[end])
        return start..<min(end, source.count)
    }

    private static func utf8Length(leading byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
