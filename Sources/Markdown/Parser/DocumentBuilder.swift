/// Converts the block parser's tree into the value-type ``Document``, parsing inline content on the way.
/// The walk keeps its own stack of open containers, so that nesting as deep as the source allows needs no
/// recursion.
struct DocumentBuilder {
    var inlineParser: InlineParser
    /// The block parser's leaf content, which the blocks' content ranges index.
    let leaf: LeafContent
    let extensions: Bool
    /// Scratch storage of the inline builder, kept for its capacity.
    var inlineStack: [InlineBuilder.Frame] = []

    /// A container whose children are being converted.
    private struct Frame {
        let node: BlockNode
        var next = 0
        var blocks: [Block] = []
        /// The converted items of a list.
        var items: [ListItem] = []
    }

    mutating func build(_ root: BlockNode, lineCount: Int, lastLineLength: Int) -> Document {
        let range = SourceRange(1, 1, max(1, lineCount), max(1, lastLineLength))
        var stack = [Frame(node: root)]
        while let top = stack.indices.last {
            let node = stack[top].node
            let index = stack[top].next
            if index < node.children.count {
                stack[top].next += 1
                let child = node.children[index]
                switch child.kind {
                case .blockQuote, .list, .item, .footnoteDefinition:
                    stack.append(Frame(node: child))
                default:
                    stack[top].blocks.append(leafBlock(child))
                }
                continue
            }
            // Children are converted before their container, which then frees them: the parser's tree is
            // taken down from the leaves up, never recursively.
            let frame = stack.removeLast()
            node.release()
            let range = Self.range(node)
            switch node.kind {
            case .document:
                return Document(children: frame.blocks, range: range)
            case .blockQuote:
                stack[stack.count - 1].blocks.append(.blockQuote(BlockQuote(children: frame.blocks, range: range)))
            case .footnoteDefinition:
                let definition = FootnoteDefinition(label: node.footnoteLabel, children: frame.blocks, range: range)
                stack[stack.count - 1].blocks.append(.footnoteDefinition(definition))
            case .item:
                stack[stack.count - 1].items.append(ListItem(children: frame.blocks, checkbox: node.checkbox, range: range))
            case .list:
                let data = node.listData
                let kind: List.Kind = data.isBullet
                    ? .bullet(marker: Character(Unicode.Scalar(data.bulletChar)))
                    : .ordered(start: data.start, delimiter: Character(Unicode.Scalar(data.delimiter)))
                stack[stack.count - 1].blocks.append(.list(List(kind: kind, isTight: node.isTight, items: frame.items, range: range)))
            default:
                break // only containers have frames
            }
        }
        return Document(children: [], range: range)
    }

    private static func range(_ node: BlockNode) -> SourceRange {
        SourceRange(node.startLine, node.startColumn, max(node.startLine, node.endLine), max(1, node.endColumn))
    }

    /// The block of a node without block children.
    private mutating func leafBlock(_ node: BlockNode) -> Block {
        let range = Self.range(node)
        switch node.kind {
        case .heading:
            let children = inlines(leaf.bytes, node.content, locator: locator(node, range))
            return .heading(Heading(level: node.headingLevel, children: children, range: range))
        case .thematicBreak:
            return .thematicBreak(ThematicBreak(range: range))
        case .codeBlock:
            let info = Unescaper.unescape(node.info, 0..<node.info.count)
            let code = String(decoding: leaf.bytes[node.content], as: UTF8.self)
            return .codeBlock(CodeBlock(info: info, code: code, isFenced: node.isFenced, range: range))
        case .htmlBlock:
            return .htmlBlock(HTMLBlock(html: String(decoding: leaf.bytes[node.content], as: UTF8.self), range: range))
        case .table:
            return .table(table(node, range: range))
        default: // a paragraph: containers never get here
            return .paragraph(Paragraph(children: inlines(leaf.bytes, node.content, locator: locator(node, range)), range: range))
        }
    }

    private mutating func table(_ node: BlockNode, range: SourceRange) -> Table {
        let data = node.table ?? TableData(alignments: [], rows: [])
        let columnCount = data.alignments.count
        var rows = [TableRow]()
        rows.reserveCapacity(data.rows.count)
        // One reused origin buffer: a cell is one line.
        var cellOrigins = [LineOrigin(contentOffset: 0, line: 0, column: 0)]
        for row in data.rows {
            var cells = [TableCell]()
            cells.reserveCapacity(columnCount)
            for cellRange in TableRowSplitter.cells(leaf.bytes, row.range).prefix(columnCount) {
                let column = row.origin.column + cellRange.lowerBound - row.range.lowerBound
                let cellPosition = SourcePosition(line: row.origin.line, column: column)
                let children: [Inline]
                if TableRowSplitter.hasEscapedPipe(leaf.bytes, cellRange) {
                    let bytes = TableRowSplitter.unescapedPipes(leaf.bytes, cellRange)
                    cellOrigins[0] = LineOrigin(contentOffset: 0, line: row.origin.line, column: column)
                    let locator = SourceLocator(origins: cellOrigins, range: 0..<1, fallback: cellPosition)
                    children = inlines(bytes, 0..<bytes.count, locator: locator)
                } else {
                    // Most cells have no escaped pipe: they are parsed in place, without a copy.
                    cellOrigins[0] = LineOrigin(contentOffset: cellRange.lowerBound, line: row.origin.line, column: column)
                    let locator = SourceLocator(origins: cellOrigins, range: 0..<1, fallback: cellPosition)
                    children = inlines(leaf.bytes, cellRange, locator: locator)
                }
                let end = SourcePosition(line: row.origin.line, column: column + max(0, cellRange.count - 1))
                cells.append(TableCell(children: children, range: SourceRange(start: cellPosition, end: end)))
            }
            let rowStart = SourcePosition(line: row.origin.line, column: row.origin.column)
            let rowEnd = SourcePosition(line: row.origin.line, column: row.origin.column + max(0, row.range.count - 1))
            while cells.count < columnCount {
                cells.append(TableCell(children: [], range: SourceRange(start: rowEnd, end: rowEnd)))
            }
            rows.append(TableRow(cells: cells, range: SourceRange(start: rowStart, end: rowEnd)))
        }
        let head = rows.first ?? TableRow(cells: [], range: range)
        return Table(alignments: data.alignments, head: head, body: Array(rows.dropFirst()), range: range)
    }

    private func locator(_ node: BlockNode, _ range: SourceRange) -> SourceLocator {
        SourceLocator(origins: leaf.origins, range: node.origins, fallback: range.start)
    }

    /// The inline content of `content[range]`, located in the source by `locator`.
    private mutating func inlines(_ content: [UInt8], _ range: Range<Int>, locator: SourceLocator) -> [Inline] {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end && ByteClass.isASCIIWhitespace(content[start]) { start += 1 }
        while end > start && ByteClass.isASCIIWhitespace(content[end - 1]) { end -= 1 }
        guard start < end else { return [] }
        inlineParser.parse(content, start..<end)
        let builder = InlineBuilder(tree: inlineParser.tree, subject: content, locator: locator, extensions: extensions)
        return builder.build(stack: &inlineStack)
    }
}
