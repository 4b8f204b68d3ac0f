/// GFM tables: recognising the delimiter row under a paragraph's last line, and splitting rows into cells.
extension BlockParser {
    func startTable(_ container: BlockNode) -> StartResult {
        guard !indented, container.kind == .paragraph,
              input[nextNonspace..<lineEnd].contains(UInt8(ascii: "|")),
              let alignments = Self.delimiterRowAlignments(input, from: nextNonspace, to: lineEnd),
              let headerStart = lastLineStart(of: container) else { return .none }
        let header = Array(container.content[headerStart..<(container.content.count - 1)])
        guard TableRowSplitter.cells(header, 0..<header.count).count == alignments.count else { return .none }
        let headerOrigin = container.origins.last ?? LineOrigin(contentOffset: 0, line: lineNumber - 1, column: 1)
        closeUnmatchedBlocks()
        guard let parent = container.parent else { return .none }
        if headerStart == 0 {
            parent.removeLastChild()
        } else {
            container.content.removeSubrange(headerStart...)
            container.origins.removeLast()
            finalize(container, line: lineNumber - 2)
        }
        let table = BlockNode(kind: .table, parent: parent, line: headerOrigin.line, column: headerOrigin.column)
        table.content = header
        table.table = TableData(alignments: alignments,
                                rows: [(0..<header.count, LineOrigin(contentOffset: 0, line: headerOrigin.line, column: headerOrigin.column))])
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
        let start = table.content.count
        table.content.append(contentsOf: input[offset..<end])
        table.table?.rows.append((start..<table.content.count,
                                LineOrigin(contentOffset: start, line: lineNumber, column: offset - lineStart + 1)))
    }

    private func lastLineStart(of paragraph: BlockNode) -> Int? {
        let content = paragraph.content
        guard content.count > 1 else { return nil }
        var start = content.count - 1
        while start > 0 && content[start - 1] != ByteClass.newline { start -= 1 }
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
