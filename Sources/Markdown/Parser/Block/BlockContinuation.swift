extension BlockParser {
    /// Tries to continue an open block on the current line, consuming its prefix (`>`, indentation…).
    func continueBlock(_ block: BlockNode) -> Continuation {
        switch block.kind {
        case .document, .list:
            return .matched
        case .blockQuote:
            guard !indented && peek(nextNonspace) == UInt8(ascii: ">") else { return .notMatched }
            advanceNextNonspace()
            advanceOffset(1, columns: false)
            if ByteClass.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
            return .matched
        case .item:
            // Indentation first, as cmark does: a blank line keeps its spaces beyond the item's indent.
            if indent >= block.listData.markerOffset + block.listData.padding {
                advanceOffset(block.listData.markerOffset + block.listData.padding, columns: true)
            } else if blank && !block.children.isEmpty {
                advanceNextNonspace()
            } else {
                return .notMatched // includes a blank line after an empty item, which ends it
            }
            return .matched
        case .footnoteDefinition:
            if blank {
                advanceNextNonspace()
            } else if indent >= Self.codeIndent {
                advanceOffset(Self.codeIndent, columns: true)
            } else {
                return .notMatched
            }
            return .matched
        case .heading, .thematicBreak:
            return .notMatched
        case .codeBlock:
            return continueCodeBlock(block)
        case .htmlBlock:
            return blank && (block.htmlBlockType == 6 || block.htmlBlockType == 7) ? .notMatched : .matched
        case .paragraph, .table:
            return blank ? .notMatched : .matched
        }
    }

    private func continueCodeBlock(_ block: BlockNode) -> Continuation {
        if block.isFenced {
            if indent <= 3 && peek(nextNonspace) == block.fenceChar {
                var end = nextNonspace
                while end < lineEnd && input[end] == block.fenceChar { end += 1 }
                let length = end - nextNonspace
                var rest = end
                while rest < lineEnd && ByteClass.isSpaceOrTab(input[rest]) { rest += 1 }
                if length >= block.fenceLength && rest == lineEnd {
                    lastLineLength = lineEnd - lineStart
                    finalize(block, line: lineNumber)
                    return .lineConsumed
                }
            }
            var remaining = block.fenceOffset
            while remaining > 0 && ByteClass.isSpaceOrTab(peek(offset)) {
                advanceOffset(1, columns: true)
                remaining -= 1
            }
            return .matched
        }
        if indent >= Self.codeIndent {
            advanceOffset(Self.codeIndent, columns: true)
        } else if blank {
            advanceNextNonspace()
        } else {
            return .notMatched
        }
        return .matched
    }
}
