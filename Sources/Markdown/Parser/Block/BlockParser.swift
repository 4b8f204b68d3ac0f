/// Phase one of parsing: splits the source into lines and builds the block structure with the
/// open-block continuation algorithm of the CommonMark spec (appendix "A parsing strategy").
final class BlockParser {
    /// The result of trying to continue an open block on the current line.
    enum Continuation {
        case matched
        case notMatched
        /// The line was fully consumed (a closing code fence).
        case lineConsumed
    }

    /// The result of trying a block start.
    enum StartResult {
        case none
        /// A container started; keep looking for more starts.
        case container
        /// A leaf started; the rest of the line is its content.
        case leaf
    }

    static let codeIndent = 4

    let input: [UInt8]
    let options: MarkdownOptions

    // Line state is read on every byte of a line start: it is exempt from dynamic exclusivity checks,
    // which are sound here as the parser is single-threaded and never passes these properties inout.
    // The current line: [lineStart, lineEnd) excludes the line ending.
    @exclusivity(unchecked) var lineStart = 0
    @exclusivity(unchecked) var lineEnd = 0
    @exclusivity(unchecked) var lineNumber = 0
    @exclusivity(unchecked) var offset = 0
    @exclusivity(unchecked) var column = 0
    @exclusivity(unchecked) var nextNonspace = 0
    @exclusivity(unchecked) var nextNonspaceColumn = 0
    @exclusivity(unchecked) var indent = 0
    @exclusivity(unchecked) var indented = false
    @exclusivity(unchecked) var blank = false
    @exclusivity(unchecked) var partiallyConsumedTab = false
    @exclusivity(unchecked) var allClosed = true
    @exclusivity(unchecked) var lastLineLength = 0
    /// Thematic break scans on the current line are skipped before this offset (see `startThematicBreak`).
    @exclusivity(unchecked) var thematicBreakKillPosition = 0

    let document: BlockNode
    @exclusivity(unchecked) var tip: BlockNode
    @exclusivity(unchecked) var oldTip: BlockNode
    @exclusivity(unchecked) var lastMatchedContainer: BlockNode
    /// The content of all leaf blocks (ranges of it are stored in the blocks).
    @exclusivity(unchecked) var leaf: LeafContent
    var definitions = LinkDefinitions()
    var footnoteLabels = Set<String>()

    init(input: [UInt8], options: MarkdownOptions) {
        self.input = input
        self.options = options
        leaf = LeafContent(expectedSize: input.count + 64)
        document = BlockNode(kind: .document, parent: nil, line: 1, column: 1)
        tip = document
        oldTip = document
        lastMatchedContainer = document
    }

    /// Parses every line and closes all blocks.
    func parse() -> BlockNode {
        var start = 0
        let count = input.count
        while start < count {
            let end = Self.lineEnd(in: input, from: start)
            incorporateLine(start: start, end: end)
            var next = end
            if next < count {
                if input[next] == ByteClass.carriageReturn && next + 1 < count && input[next + 1] == ByteClass.newline {
                    next += 2
                } else {
                    next += 1
                }
            }
            start = next
        }
        while tip !== document { finalize(tip, line: lineNumber) }
        finalize(document, line: lineNumber)
        return document
    }

    // MARK: - Line scanning

    /// The index of the first line ending (`\n` or `\r`) at or after `start`, or the end of the input.
    private static func lineEnd(in input: [UInt8], from start: Int) -> Int {
        input.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count {
                let byte = buffer[index]
                // Both line endings are below 0x0E: one comparison rejects almost every byte.
                if byte <= ByteClass.carriageReturn && (byte == ByteClass.newline || byte == ByteClass.carriageReturn) { break }
                index += 1
            }
            return index
        }
    }

    @inline(__always)
    func peek(_ index: Int) -> UInt8 { index < lineEnd ? input[index] : 0 }

    func findNextNonspace() {
        var index = offset
        var columns = column
        while index < lineEnd {
            let byte = input[index]
            if byte == ByteClass.space {
                index += 1
                columns += 1
            } else if byte == ByteClass.tab {
                index += 1
                columns += 4 - (columns % 4)
            } else {
                break
            }
        }
        blank = index >= lineEnd
        nextNonspace = index
        nextNonspaceColumn = columns
        indent = nextNonspaceColumn - column
        indented = indent >= Self.codeIndent
    }

    func advanceNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    /// Advances by `count` bytes, or by `count` columns when `columns` is set (tabs count to the next stop).
    func advanceOffset(_ count: Int, columns: Bool) {
        var remaining = count
        while remaining > 0 && offset < lineEnd {
            if input[offset] == ByteClass.tab {
                let charsToTab = 4 - (column % 4)
                if columns {
                    partiallyConsumedTab = charsToTab > remaining
                    let advance = min(charsToTab, remaining)
                    column += advance
                    offset += partiallyConsumedTab ? 0 : 1
                    remaining -= advance
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    remaining -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                remaining -= 1
            }
        }
    }

    func advanceToEndOfLine() {
        offset = lineEnd
        partiallyConsumedTab = false
    }

    // MARK: - Tree building

    /// Appends the rest of the current line to the tip's content.
    func addLine() {
        let block = tip
        leaf.prepareAppend(to: block)
        if partiallyConsumedTab {
            offset += 1
            let charsToTab = 4 - (column % 4)
            leaf.origins.append(LineOrigin(contentOffset: leaf.bytes.count, line: lineNumber, column: offset - lineStart))
            block.origins = block.origins.lowerBound..<leaf.origins.count
            for _ in 0..<charsToTab { leaf.append(byte: ByteClass.space, to: block) }
            appendRestOfLine(to: block, origin: nil)
        } else {
            appendRestOfLine(to: block, origin: LineOrigin(contentOffset: leaf.bytes.count, line: lineNumber,
                                                           column: offset - lineStart + 1))
        }
        leaf.append(byte: ByteClass.newline, to: block)
    }

    /// Appends `input[offset..<lineEnd]` to a prepared block's content.
    private func appendRestOfLine(to block: BlockNode, origin: LineOrigin?) {
        let (start, end) = (offset, lineEnd)
        input.withUnsafeBufferPointer { buffer in
            leaf.append(UnsafeBufferPointer(rebasing: buffer[start..<end]), origin: origin, to: block)
        }
    }

    /// Adds a block as a child of the tip, closing blocks that cannot contain it.
    @discardableResult
    func addChild(_ kind: BlockKind, at byteOffset: Int) -> BlockNode {
        while !tip.kind.canContain(kind) { finalize(tip, line: lineNumber - 1) }
        let node = BlockNode(kind: kind, parent: tip, line: lineNumber, column: byteOffset - lineStart + 1)
        tip.children.append(node)
        tip = node
        return node
    }

    func closeUnmatchedBlocks() {
        guard !allClosed else { return }
        while oldTip !== lastMatchedContainer {
            guard let parent = oldTip.parent else { break }
            finalize(oldTip, line: lineNumber - 1)
            oldTip = parent
        }
        allClosed = true
    }

    func finalize(_ block: BlockNode, line: Int) {
        let above = block.parent
        block.isOpen = false
        block.endLine = line
        block.endColumn = lastLineLength
        finalizeContent(of: block)
        tip = above ?? document
    }

    // MARK: - The line algorithm

    func incorporateLine(start: Int, end: Int) {
        lineStart = start
        lineEnd = end
        offset = start
        column = 0
        blank = false
        partiallyConsumedTab = false
        lineNumber += 1
        thematicBreakKillPosition = 0
        oldTip = tip

        var container = document
        var allMatched = true
        while let last = container.lastChild, last.isOpen {
            container = last
            findNextNonspace()
            switch continueBlock(container) {
            case .matched: break
            case .notMatched: allMatched = false
            case .lineConsumed:
                lastLineLength = lineEnd - lineStart
                return
            }
            if !allMatched {
                container = container.parent ?? document
                break
            }
        }
        allClosed = container === oldTip
        lastMatchedContainer = container

        var matchedLeaf = container.kind.acceptsLines && container.kind != .paragraph && container.kind != .table
        findStarts: while !matchedLeaf {
            findNextNonspace()
            if !indented && !mayStartBlock(peek(nextNonspace)) {
                advanceNextNonspace()
                break
            }
            var result = StartResult.none
            for start in BlockStart.ordered {
                result = tryStart(start, container: container)
                if result != .none { break }
            }
            switch result {
            case .none:
                advanceNextNonspace()
                break findStarts
            case .container:
                container = tip
            case .leaf:
                container = tip
                matchedLeaf = true
            }
        }
        addText(to: container)
        lastLineLength = lineEnd - lineStart
    }

    /// Bytes that can begin a block other than a paragraph; others skip the block-start checks.
    private func mayStartBlock(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "+"),
             UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "-"):
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: "["):
            return options.extensions
        default:
            return false
        }
    }

    /// Adds what remains of the line to the right block, after closing unmatched ones.
    private func addText(to matched: BlockNode) {
        var container = matched
        if !allClosed && !blank && tip.kind == .paragraph {
            addLine() // lazy paragraph continuation
            return
        }
        closeUnmatchedBlocks()
        if blank, let last = container.lastChild { last.lastLineBlank = true }
        let kind = container.kind
        let lastLineBlank = blank
            && !(kind == .blockQuote || kind == .heading || kind == .thematicBreak
                || (kind == .codeBlock && container.isFenced)
                || (kind == .item && container.children.isEmpty && container.startLine == lineNumber))
        container.lastLineBlank = lastLineBlank
        var ancestor = container.parent
        while let node = ancestor {
            node.lastLineBlank = false
            ancestor = node.parent
        }

        if kind.acceptsLines && kind != .table {
            addLine()
            if kind == .htmlBlock && HTMLBlockScanner.closes(type: container.htmlBlockType, input, from: offset, to: lineEnd) {
                lastLineLength = lineEnd - lineStart
                finalize(container, line: lineNumber)
            }
        } else if kind == .table {
            // The delimiter row that started the table has been consumed already.
            if blank || offset >= lineEnd { return }
            addTableRow(container)
        } else if offset < lineEnd && !blank {
            container = addChild(.paragraph, at: nextNonspace)
            advanceNextNonspace()
            addLine()
        }
    }
}
