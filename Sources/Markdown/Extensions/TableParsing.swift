/// GFM tables: recognising the delimiter row under a paragraph's last line, and splitting rows into cells.
extension BlockParser {
    func startTable(_ container: BlockNode) -> StartResult {
        guard !indented, container.kind == .paragraph,
              input[nextNonspace..<lineEnd].contains(UInt8(ascii: "|")),
              let alignments = Self.delimiterRowAlignments(input, from: nextNonspace, to: lineEnd),
              let headerStart = lastLineStart(of: container) else { return .none }
        // The header row stays where it is in the leaf content buffer (without its newline).
        let header = headerStart..<(container.content.upperBound - 1)
        guard TableRowSplitter.cells(leaf.bytes, header).count == alignments.count else { return .none }
        let headerOrigin = container.origins.isEmpty
            ? LineOrigin(contentOffset: headerStart, line: lineNumber - 1, column: 1)
            : leaf.origins[container.origins.upperBound - 1]
        closeUnmatchedBlocks()
        guard let parent = container.parent else { return .none }
        if headerStart == container.content.lowerBound {
            parent.removeLastChild()
        } else {
            container.content = container.content.lowerBound..<headerStart
            if !container.origins.isEmpty {
                container.origins = container.origins.lowerBound..<container.origins.upperBound - 1
            }
            finalize(container, line: lineNumber - 2)
        }
        let table = BlockNode(kind: .table, parent: parent, line: headerOrigin.line, column: headerOrigin.column)
        table.table = TableData(alignments: alignments,
                                rows: [(header, LineOrigin(contentOffset: headerStart, line: headerOrigin.line, column: headerOrigin.column))])
        parent.children.append(table)
        tip = table
        advanceToEndOfLine()
        return .leaf
    }

    /// Adds the current line as a body row.
    func addTableRow(_ table: BlockNode) {
        var end = lineEnd
        while end > offset && ByteClass.isSpaceOrTab(input[end - 1]) { end -= 1 }
        guard end > offset else { return }
        let start = leaf.bytes.count
        leaf.bytes.append(contentsOf: input[offset..<end])
        table.table?.rows.append((start..<leaf.bytes.count,
                                LineOrigin(contentOffset: start, line: lineNumber, column: offset - lineStart + 1)))
    }

    private func lastLineStart(of paragraph: BlockNode) -> Int? {
        let content = paragraph.content
        guard content.count > 1 else { return nil }
        var start = content.upperBound - 1
        while start > content.lowerBound && leaf.bytes[start - 1] != ByteClass.newline { start -= 1 }
        return start
    }

    /// The alignments of a delimiter row (`| :-- | :-: | --: |`), or `nil` if the line is not one.
    static func delimiterRowAlignments(_ input: [UInt8], from start: Int, to end: Int) -> [Table.Alignment]? {
        var alignments = [Table.Alignment]()
        for cell in TableRowSplitter.cells(input, start..<end) {
            var first = cell.lowerBound
            var last = cell.upperBound
            guard first < last else { return nil }
            let leftColon = input[first] == UInt8(ascii: ":")
            if leftColon { first += 1 }
            let rightColon = last > first && input[last - 1] == UInt8(ascii: ":")
            if rightColon { last -= 1 }
            guard first < last, input[first..<last].allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            switch (leftColon, rightColon) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(.none)
            }
        }
        return alignments.isEmpty ? nil : alignments
    }
}
