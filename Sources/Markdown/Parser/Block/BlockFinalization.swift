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
        let start = paragraph.content.lowerBound
        let end = paragraph.content.upperBound
        var position = start
        while position < end, leaf.bytes[position] == UInt8(ascii: "["),
              let next = definitions.parse(leaf.bytes, from: position, to: end) {
            position = next
        }
        guard position > start else { return }
        paragraph.content = position..<end
        // Origins are in content order: drop those of the lines the definitions used.
        var firstOrigin = paragraph.origins.lowerBound
        while firstOrigin < paragraph.origins.upperBound && leaf.origins[firstOrigin].contentOffset < position {
            firstOrigin += 1
        }
        paragraph.origins = firstOrigin..<paragraph.origins.upperBound
        if firstOrigin < paragraph.origins.upperBound {
            paragraph.startLine = leaf.origins[firstOrigin].line
            paragraph.startColumn = leaf.origins[firstOrigin].column
        }
    }

    private func dropFirstLine(of block: BlockNode) {
        guard let newline = leaf.bytes[block.content].firstIndex(of: ByteClass.newline) else { return }
        block.content = newline + 1..<block.content.upperBound
        if !block.origins.isEmpty { block.origins = block.origins.lowerBound + 1..<block.origins.upperBound }
    }

    private func dropTrailingBlankLines(of block: BlockNode) {
        let start = block.content.lowerBound
        var end = block.content.upperBound
        while end > start {
            var lineStart = end - 1
            while lineStart > start && leaf.bytes[lineStart - 1] != ByteClass.newline { lineStart -= 1 }
            let isBlank = leaf.bytes[lineStart..<end - 1].allSatisfy(ByteClass.isSpaceOrTab)
            guard isBlank else { break }
            end = lineStart
        }
        block.content = start..<end
        var originEnd = block.origins.upperBound
        while originEnd > block.origins.lowerBound && leaf.origins[originEnd - 1].contentOffset >= end { originEnd -= 1 }
        block.origins = block.origins.lowerBound..<originEnd
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
