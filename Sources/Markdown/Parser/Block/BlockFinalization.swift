extension BlockParser {
    /// Completes a block once it closes: definitions, code literals, list tightness, end positions.
    func finalizeContent(of block: BlockNode) {
        switch block.kind {
        case .paragraph:
            extractDefinitions(from: block)
            if block.content.isEmpty, block.parent?.lastChild === block { block.parent?.removeLastChild() }
        case .codeBlock:
            if block.isFenced {
                dropFirstLine(of: block)
            } else {
                dropTrailingBlankLines(of: block)
            }
        case .list:
            block.isTight = Self.isTight(block)
            if let last = block.lastChild {
                block.endLine = last.endLine
                block.endColumn = last.endColumn
            }
        case .item:
            if let last = block.lastChild {
                block.endLine = last.endLine
                block.endColumn = last.endColumn
            } else {
                block.endLine = block.startLine
                block.endColumn = block.startColumn + block.listData.padding - 1
            }
        case .document, .blockQuote, .heading, .thematicBreak, .htmlBlock, .table, .footnoteDefinition:
            break
        }
    }

    /// Parses the link reference definitions that begin a paragraph and removes them from its content.
    func extractDefinitions(from paragraph: BlockNode) {
        var position = 0
        while position < paragraph.content.count, paragraph.content[position] == UInt8(ascii: "["),
              let next = definitions.parse(paragraph.content, from: position) {
            position = next
        }
        guard position > 0 else { return }
        paragraph.content.removeFirst(position)
        var origins = [LineOrigin]()
        for origin in paragraph.origins where origin.contentOffset >= position {
            var shifted = origin
            shifted.contentOffset -= position
            origins.append(shifted)
        }
        paragraph.origins = origins
        if let first = origins.first {
            paragraph.startLine = first.line
            paragraph.startColumn = first.column
        }
    }

    private func dropFirstLine(of block: BlockNode) {
        guard let newline = block.content.firstIndex(of: ByteClass.newline) else { return }
        block.content.removeFirst(newline + 1)
        block.origins = block.origins.dropFirst().map {
            LineOrigin(contentOffset: $0.contentOffset - newline - 1, line: $0.line, column: $0.column)
        }
    }

    private func dropTrailingBlankLines(of block: BlockNode) {
        var end = block.content.count
        while end > 0 {
            var lineStart = end - 1
            while lineStart > 0 && block.content[lineStart - 1] != ByteClass.newline { lineStart -= 1 }
            let isBlank = block.content[lineStart..<end - 1].allSatisfy(ByteClass.isSpaceOrTab)
            guard isBlank else { break }
            end = lineStart
        }
        block.content.removeSubrange(end...)
        block.origins.removeAll { $0.contentOffset >= end }
    }

    /// cmark's rule: a list is loose if an item is followed by a blank line, or blocks inside an item are.
    private static func isTight(_ list: BlockNode) -> Bool {
        for (itemIndex, item) in list.children.enumerated() {
            let hasNextItem = itemIndex + 1 < list.children.count
            if item.lastLineBlank && hasNextItem { return false }
            for (childIndex, child) in item.children.enumerated() {
                let hasNext = hasNextItem || childIndex + 1 < item.children.count
                if hasNext && endsWithBlankLine(child) { return false }
            }
        }
        return true
    }

    private static func endsWithBlankLine(_ block: BlockNode) -> Bool {
        var current: BlockNode? = block
        while let node = current {
            if node.lastLineBlank { return true }
            current = node.kind == .list || node.kind == .item ? node.lastChild : nil
        }
        return false
    }
}
