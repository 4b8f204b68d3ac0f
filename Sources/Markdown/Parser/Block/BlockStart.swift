/// The block starts, in the order the spec's precedence requires.
enum BlockStart: CaseIterable {
    /// All starts, allocated once (`allCases` would allocate an array on every line).
    static let ordered = allCases

    case blockQuote
    case atxHeading
    case fencedCode
    case htmlBlock
    case table
    case setextHeading
    case thematicBreak
    case footnoteDefinition
    case listItem
    case indentedCode
}

extension BlockParser {
    func tryStart(_ start: BlockStart, container: BlockNode) -> StartResult {
        switch start {
        case .blockQuote: startBlockQuote(container)
        case .atxHeading: startATXHeading()
        case .fencedCode: startFencedCode()
        case .htmlBlock: startHTMLBlock(container)
        case .table: options.extensions ? startTable(container) : .none
        case .setextHeading: startSetextHeading(container)
        case .thematicBreak: startThematicBreak()
        case .footnoteDefinition: options.extensions ? startFootnoteDefinition(container) : .none
        case .listItem: startListItem(container)
        case .indentedCode: startIndentedCode()
        }
    }

    private func startBlockQuote(_ container: BlockNode) -> StartResult {
        guard !indented, peek(nextNonspace) == UInt8(ascii: ">") else { return .none }
        advanceNextNonspace()
        advanceOffset(1, columns: false)
        if ByteClass.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
        closeUnmatchedBlocks()
        addChild(.blockQuote, at: nextNonspace)
        return .container
    }

    private func startATXHeading() -> StartResult {
        guard !indented, peek(nextNonspace) == UInt8(ascii: "#") else { return .none }
        var end = nextNonspace
        while end < lineEnd && input[end] == UInt8(ascii: "#") { end += 1 }
        let level = end - nextNonspace
        guard level <= 6, end == lineEnd || ByteClass.isSpaceOrTab(input[end]) else { return .none }
        let headingStart = nextNonspace
        advanceNextNonspace()
        advanceOffset(level, columns: false)
        while offset < lineEnd && ByteClass.isSpaceOrTab(input[offset]) { advanceOffset(1, columns: false) }
        closeUnmatchedBlocks()
        let heading = addChild(.heading, at: headingStart)
        heading.headingLevel = level
        let contentEnd = Self.atxContentEnd(input, from: offset, to: lineEnd)
        leaf.prepareAppend(to: heading)
        let origin = LineOrigin(contentOffset: leaf.bytes.count, line: lineNumber, column: offset - lineStart + 1)
        let start = offset
        input.withUnsafeBufferPointer { buffer in
            leaf.append(UnsafeBufferPointer(rebasing: buffer[start..<contentEnd]), origin: origin, to: heading)
        }
        advanceToEndOfLine()
        return .leaf
    }

    /// The end of an ATX heading's content: trailing spaces and an optional closing `#` sequence removed.
    static func atxContentEnd(_ input: [UInt8], from start: Int, to end: Int) -> Int {
        var last = end
        while last > start && ByteClass.isSpaceOrTab(input[last - 1]) { last -= 1 }
        var hashes = last
        while hashes > start && input[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        guard hashes < last else { return last }
        if hashes == start { return start }
        guard ByteClass.isSpaceOrTab(input[hashes - 1]) else { return last }
        var contentEnd = hashes
        while contentEnd > start && ByteClass.isSpaceOrTab(input[contentEnd - 1]) { contentEnd -= 1 }
        return contentEnd
    }

    private func startFencedCode() -> StartResult {
        guard !indented else { return .none }
        let fenceChar = peek(nextNonspace)
        guard fenceChar == UInt8(ascii: "`") || fenceChar == UInt8(ascii: "~") else { return .none }
        var end = nextNonspace
        while end < lineEnd && input[end] == fenceChar { end += 1 }
        let length = end - nextNonspace
        guard length >= 3 else { return .none }
        if fenceChar == UInt8(ascii: "`") && input[end..<lineEnd].contains(UInt8(ascii: "`")) { return .none }
        closeUnmatchedBlocks()
        let block = addChild(.codeBlock, at: nextNonspace)
        block.isFenced = true
        block.fenceChar = fenceChar
        block.fenceLength = length
        block.fenceOffset = indent
        block.info = Self.trimmed(input, from: end, to: lineEnd)
        advanceNextNonspace()
        advanceToEndOfLine()
        return .leaf
    }

    private func startHTMLBlock(_ container: BlockNode) -> StartResult {
        guard !indented, peek(nextNonspace) == UInt8(ascii: "<") else { return .none }
        let interruptsParagraph = container.kind == .paragraph || (!allClosed && !blank && tip.kind == .paragraph)
        guard let type = HTMLBlockScanner.startType(input, from: nextNonspace, to: lineEnd),
              type < 7 || !interruptsParagraph else { return .none }
        closeUnmatchedBlocks()
        let block = addChild(.htmlBlock, at: offset)
        block.htmlBlockType = type
        return .leaf
    }

    private func startSetextHeading(_ container: BlockNode) -> StartResult {
        guard !indented, container.kind == .paragraph else { return .none }
        let marker = peek(nextNonspace)
        guard marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-") else { return .none }
        var end = nextNonspace
        while end < lineEnd && input[end] == marker { end += 1 }
        while end < lineEnd && ByteClass.isSpaceOrTab(input[end]) { end += 1 }
        guard end == lineEnd else { return .none }
        closeUnmatchedBlocks()
        extractDefinitions(from: container)
        guard !container.content.isEmpty else { return .none }
        container.parent?.removeLastChild()
        let heading = BlockNode(kind: .heading, parent: container.parent, line: container.startLine, column: container.startColumn)
        heading.headingLevel = marker == UInt8(ascii: "=") ? 1 : 2
        heading.content = container.content
        heading.origins = container.origins
        container.parent?.children.append(heading)
        tip = heading
        advanceToEndOfLine()
        return .leaf
    }

    private func startThematicBreak() -> StartResult {
        // A failed scan stopped at `thematicBreakKillPosition`: a later start before it on the same line (`- - - x`,
        // one list item per marker) only has markers and spaces up to it, so it would fail there too. Skipping
        // it keeps a line of many container markers linear, as in cmark.
        guard !indented, nextNonspace >= thematicBreakKillPosition else { return .none }
        let scan = Self.scanThematicBreak(input, from: nextNonspace, to: lineEnd)
        guard scan.isBreak else {
            thematicBreakKillPosition = scan.stop
            return .none
        }
        closeUnmatchedBlocks()
        addChild(.thematicBreak, at: nextNonspace)
        advanceToEndOfLine()
        return .leaf
    }

    /// Whether `input[start..<end]` is a thematic break; if not, `stop` is where the scan failed (the first byte
    /// that is neither the marker nor a space, else `end`).
    static func scanThematicBreak(_ input: [UInt8], from start: Int, to end: Int) -> (isBreak: Bool, stop: Int) {
        guard start < end else { return (false, start) }
        let marker = input[start]
        guard marker == UInt8(ascii: "*") || marker == UInt8(ascii: "-") || marker == UInt8(ascii: "_") else {
            return (false, start)
        }
        var count = 0
        for index in start..<end {
            let byte = input[index]
            if byte == marker {
                count += 1
            } else if !ByteClass.isSpaceOrTab(byte) {
                return (false, index)
            }
        }
        return (count >= 3, end)
    }

    private func startListItem(_ container: BlockNode) -> StartResult {
        guard !indented || container.kind == .list, let data = parseListMarker(container) else { return .none }
        closeUnmatchedBlocks()
        if tip.kind != .list || !tip.listData.sameKind(as: data) {
            let list = addChild(.list, at: nextNonspace)
            list.listData = data
        }
        let item = addChild(.item, at: nextNonspace)
        item.listData = data
        if options.extensions { item.checkbox = taskCheckbox() }
        return .container
    }

    /// Recognises a list marker at the next non-space byte, advancing past it and its padding.
    private func parseListMarker(_ container: BlockNode) -> ListData? {
        guard indent < 4 else { return nil }
        var data = ListData(isBullet: true, bulletChar: 0, start: 1, delimiter: 0, markerOffset: indent, padding: 0)
        let first = peek(nextNonspace)
        var markerEnd = nextNonspace
        if first == UInt8(ascii: "*") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            data.bulletChar = first
            markerEnd += 1
        } else {
            var number = 0
            while markerEnd < lineEnd && ByteClass.isDigit(input[markerEnd]) && markerEnd - nextNonspace < 9 {
                number = number * 10 + Int(input[markerEnd] - UInt8(ascii: "0"))
                markerEnd += 1
            }
            let delimiter = peek(markerEnd)
            guard markerEnd > nextNonspace, delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")"),
                  container.kind != .paragraph || number == 1 else { return nil }
            data.isBullet = false
            data.start = number
            data.delimiter = delimiter
            markerEnd += 1
        }
        let next = peek(markerEnd)
        guard markerEnd == lineEnd || ByteClass.isSpaceOrTab(next) else { return nil }
        if container.kind == .paragraph {
            var rest = markerEnd
            while rest < lineEnd && ByteClass.isSpaceOrTab(input[rest]) { rest += 1 }
            if rest == lineEnd { return nil }
        }
        let markerLength = markerEnd - nextNonspace
        advanceNextNonspace()
        advanceOffset(markerLength, columns: true)
        let spacesStartColumn = column
        let spacesStartOffset = offset
        repeat {
            advanceOffset(1, columns: true)
        } while column - spacesStartColumn < 5 && ByteClass.isSpaceOrTab(peek(offset))
        let blankItem = offset >= lineEnd
        let spacesAfterMarker = column - spacesStartColumn
        if spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem {
            data.padding = markerLength + 1
            column = spacesStartColumn
            offset = spacesStartOffset
            partiallyConsumedTab = false
            if ByteClass.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
        } else {
            data.padding = markerLength + spacesAfterMarker
        }
        return data
    }

    /// Consumes a GFM task marker (`[ ]`, `[x]`) at the start of an item's content.
    private func taskCheckbox() -> ListItem.Checkbox? {
        guard offset + 3 <= lineEnd, input[offset] == UInt8(ascii: "["), input[offset + 2] == UInt8(ascii: "]") else { return nil }
        let mark = input[offset + 1]
        let state: ListItem.Checkbox
        switch mark {
        case UInt8(ascii: " "): state = .unchecked
        case UInt8(ascii: "x"), UInt8(ascii: "X"): state = .checked
        default: return nil
        }
        let after = offset + 3
        guard after < lineEnd, ByteClass.isSpaceOrTab(input[after]) else { return nil }
        var contentStart = after
        while contentStart < lineEnd && ByteClass.isSpaceOrTab(input[contentStart]) { contentStart += 1 }
        guard contentStart < lineEnd else { return nil }
        advanceOffset(3, columns: false)
        return state
    }

    private func startIndentedCode() -> StartResult {
        guard indented, tip.kind != .paragraph, !blank else { return .none }
        advanceOffset(Self.codeIndent, columns: true)
        closeUnmatchedBlocks()
        addChild(.codeBlock, at: offset)
        return .leaf
    }

    static func trimmed(_ input: [UInt8], from start: Int, to end: Int) -> [UInt8] {
        var first = start
        var last = end
        while first < last && ByteClass.isASCIIWhitespace(input[first]) { first += 1 }
        while last > first && ByteClass.isASCIIWhitespace(input[last - 1]) { last -= 1 }
        return Array(input[first..<last])
    }
}
