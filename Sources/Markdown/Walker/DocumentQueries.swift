extension Document {
    /// Every block, pre-order (containers before their content).
    public var allBlocks: [Block] {
        var result = [Block]()
        Block.forEach(in: children) { result.append($0) }
        return result
    }

    /// Every heading, in order.
    public var headings: [Heading] {
        allBlocks.compactMap { if case .heading(let heading) = $0 { heading } else { nil } }
    }

    /// The first paragraph at the top level, e.g. for a summary.
    public var firstParagraph: Paragraph? {
        for block in children { if case .paragraph(let paragraph) = block { return paragraph } }
        return nil
    }

    /// Every inline node of every leaf block and table cell, pre-order.
    public var allInlines: [Inline] {
        var result = [Inline]()
        Block.forEach(in: children) { block in
            switch block {
            case .paragraph(let node): Inline.forEach(in: node.children) { result.append($0) }
            case .heading(let node): Inline.forEach(in: node.children) { result.append($0) }
            case .table(let node):
                for row in [node.head] + node.body {
                    for cell in row.cells { Inline.forEach(in: cell.children) { result.append($0) } }
                }
            default: break
            }
        }
        return result
    }

    /// Every link (including autolinks), in order.
    public var links: [Link] {
        allInlines.compactMap { if case .link(let link) = $0 { link } else { nil } }
    }

    /// Every image, in order.
    public var images: [Image] {
        allInlines.compactMap { if case .image(let image) = $0 { image } else { nil } }
    }

    /// The plain text of the document: blocks separated by blank lines, markup removed.
    public var plainText: String {
        Block.plainText(of: children)
    }

    /// Calls `body` with the inline content of every paragraph, heading and table cell, with its context.
    public mutating func forEachLeaf(_ body: (inout [Inline], TextContext) -> Void) {
        Block.forEachLeaf(in: &children, context: [], body)
    }
}

extension Block {
    /// The plain text of this block: markup removed, inner blocks separated by blank lines.
    public var plainText: String {
        Block.plainText(of: [self])
    }

    /// The plain text of blocks, separated by blank lines (empty ones skipped).
    public static func plainText(of blocks: [Block]) -> String {
        var collector = BlockTextCollector()
        collector.collect(blocks)
        return collector.text
    }
}

extension Inline {
    /// The plain text of inline content: text and code kept, breaks as spaces, markup removed.
    public static func plainText(of inlines: [Inline]) -> String {
        var result = ""
        forEach(in: inlines) { inline in
            switch inline {
            case .text(let text): result += text.string
            case .code(let code): result += code.code
            case .softBreak, .lineBreak: result += " "
            default: break
            }
        }
        return result
    }
}
