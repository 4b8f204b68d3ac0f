/// Converts the block parser's tree into the value-type ``Document``, parsing inline content on the way.
/// Recursion follows block nesting, which the block parser caps at ``MarkdownParser/maximumNestingDepth``.
struct DocumentBuilder {
    var inlineParser: InlineParser
    let extensions: Bool
    let maximumDepth: Int

    mutating func build(_ root: BlockNode, lineCount: Int, lastLineLength: Int) -> Document {
        let range = SourceRange(1, 1, max(1, lineCount), max(1, lastLineLength))
        return Document(children: blocks(root.children), range: range)
    }

    private mutating func blocks(_ nodes: [BlockNode]) -> [Block] {
        var result = [Block]()
        result.reserveCapacity(nodes.count)
        for node in nodes {
            // Free each parsed block's content and children once converted, to keep peak memory low.
            defer { node.release() }
            if let converted = block(node) {
                result.append(converted)
            } else {
                // Document and item nodes only occur as the root and under lists: they are transparent.
                result.append(contentsOf: blocks(node.children))
            }
        }
        return result
    }

    private static func range(_ node: BlockNode) -> SourceRange {
        SourceRange(node.startLine, node.startColumn, max(node.startLine, node.endLine), max(1, node.endColumn))
    }

    private mutating func block(_ node: BlockNode) -> Block? {
        let range = Self.range(node)
        switch node.kind {
        case .document, .item:
            return nil
        case .paragraph:
            return .paragraph(Paragraph(children: inlines(node.content, origins: node.origins, fallback: range.start), range: range))
        case .heading:
            let children = inlines(node.content, origins: node.origins, fallback: range.start)
            return .heading(Heading(level: node.headingLevel, children: children, range: range))
        case .thematicBreak:
            return .thematicBreak(ThematicBreak(range: range))
        case .blockQuote:
            return .blockQuote(BlockQuote(children: blocks(node.children), range: range))
        case .list:
            let data = node.listData
            let kind: List.Kind = data.isBullet
                ? .bullet(marker: Character(Unicode.Scalar(data.bulletChar)))
                : .ordered(start: data.start, delimiter: Character(Unicode.Scalar(data.delimiter)))
            let items = node.children.map { item in
                ListItem(children: blocks(item.children), checkbox: item.checkbox, range: Self.range(item))
            }
            return .list(List(kind: kind, isTight: node.isTight, items: items, range: range))
        case .codeBlock:
            let info = Unescaper.unescape(node.info, 0..<node.info.count)
            let code = String(decoding: node.content, as: UTF8.self)
            return .codeBlock(CodeBlock(info: info, code: code, isFenced: node.isFenced, range: range))
        case .htmlBlock:
            return .htmlBlock(HTMLBlock(html: String(decoding: node.content, as: UTF8.self), range: range))
        case .table:
            return .table(table(node, range: range))
        case .footnoteDefinition:
            return .footnoteDefinition(FootnoteDefinition(label: node.footnoteLabel, children: blocks(node.children), range: range))
        }
    }

    private mutating func table(_ node: BlockNode, range: SourceRange) -> Table {
        let data = node.table ?? TableData(alignments: [], rows: [])
        let columnCount = data.alignments.count
        var rows = [TableRow]()
        rows.reserveCapacity(data.rows.count)
        for row in data.rows {
            var cells = [TableCell]()
            for cellRange in TableRowSplitter.cells(node.content, row.range).prefix(columnCount) {
                let column = row.origin.column + cellRange.lowerBound - row.range.lowerBound
                let origin = LineOrigin(contentOffset: 0, line: row.origin.line, column: column)
                let bytes = TableRowSplitter.unescapedPipes(node.content, cellRange)
                let cellPosition = SourcePosition(line: row.origin.line, column: column)
                let children = inlines(bytes, origins: [origin], fallback: cellPosition)
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

    private mutating func inlines(_ content: [UInt8], origins: [LineOrigin], fallback: SourcePosition) -> [Inline] {
        var start = 0
        var end = content.count
        while start < end && ByteClass.isASCIIWhitespace(content[start]) { start += 1 }
        while end > start && ByteClass.isASCIIWhitespace(content[end - 1]) { end -= 1 }
        guard start < end else { return [] }
        inlineParser.parse(content, start..<end)
        let builder = InlineBuilder(tree: inlineParser.tree, subject: content,
                                    locator: SourceLocator(origins: origins, fallback: fallback),
                                    extensions: extensions, maximumDepth: maximumDepth)
        return builder.build()
    }
}
