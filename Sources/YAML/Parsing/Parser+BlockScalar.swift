/// What happens to the line breaks at the end of a block scalar.
enum Chomping {
    /// Default: keep one final line break.
    case clip
    /// `-`: remove them all.
    case strip
    /// `+`: keep them all.
    case keep
}

/// One line of a block scalar's body, with the content indentation removed.
private enum BlockScalarLine {
    case empty
    case content(Range<Int>)
}

extension Parser {
    /// Parses a literal (`|`) or folded (`>`) block scalar; the cursor is at the indicator.
    mutating func parseBlockScalar(parentIndent: Int) throws(YAMLError) -> YAMLNode {
        let start = location
        let isLiteral = peek() == UInt8(ascii: "|")
        advance()
        let (chomping, explicitIndent) = try parseBlockScalarHeader()
        let fixedIndent = explicitIndent.map { max(parentIndent, 0) + $0 }
        let (lines, lastContentHadBreak) = readBlockScalarLines(parentIndent: parentIndent, fixedIndent: fixedIndent)
        let lastContent = lines.lastIndex { if case .content = $0 { true } else { false } }
        var text: [UInt8] = []
        if let lastContent {
            let body = lines[...lastContent]
            text = isLiteral ? literalText(body) : foldedText(body)
        }
        let trailingEmptyLines = lines.count - (lastContent.map { $0 + 1 } ?? 0)
        switch chomping {
        case .strip: break
        case .clip: if lastContent != nil && lastContentHadBreak { text.append(.lineFeed) }
        case .keep:
            if lastContent != nil && lastContentHadBreak { text.append(.lineFeed) }
            text.append(contentsOf: Array(repeating: UInt8.lineFeed, count: trailingEmptyLines))
        }
        let string = String(decoding: text, as: UTF8.self)
        return YAMLNode(.string(string), at: start, scalarText: string)
    }

    /// Reads `-`/`+` and a digit 1–9 in either order, then an optional comment up to the line end.
    private mutating func parseBlockScalarHeader() throws(YAMLError) -> (Chomping, Int?) {
        var chomping: Chomping?
        var indent: Int?
        while let byte = peek() {
            if chomping == nil && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) {
                chomping = byte == UInt8(ascii: "-") ? .strip : .keep
            } else if indent == nil && (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(byte) {
                indent = Int(byte - UInt8(ascii: "0"))
            } else {
                break
            }
            advance()
        }
        let isSeparated = isBlank(0)
        skipSpacesAndTabs()
        if !isAtEnd && peek() != .lineFeed {
            guard isSeparated, peek() == UInt8(ascii: "#") else { throw .invalidBlockScalarHeader(location: location) }
            skipToLineEnd()
        }
        if !isAtEnd { advance() }
        return (chomping ?? .clip, indent)
    }

    /// Collects the body lines: empty lines, and lines indented at least the content indentation
    /// (given, or that of the first non-empty line). Leaves the cursor at the start of the first line
    /// after the scalar. Also tells whether the last content line ended with a line break.
    private mutating func readBlockScalarLines(parentIndent: Int, fixedIndent: Int?) -> ([BlockScalarLine], Bool) {
        var contentIndent = fixedIndent
        var lines: [BlockScalarLine] = []
        var lastContentHadBreak = false
        while !isAtEnd {
            let lineStart = cursor
            while peek() == .space { advance() }
            let indent = indentOfCurrentLine
            if isAtEnd || peek() == .lineFeed {
                guard !isAtEnd else { break }  // trailing spaces without a line break add nothing
                lines.append(.empty)
                advance()
                continue
            }
            let required = contentIndent ?? indent
            let isDocumentMarker = indent == 0 && lineStartsWithDocumentMarker(lineStart.offset)
            guard indent >= required, required > parentIndent, !isDocumentMarker else {
                cursor = lineStart
                break
            }
            contentIndent = required
            let contentStart = lineStart.offset + required
            skipToLineEnd()
            lines.append(.content(contentStart..<cursor.offset))
            lastContentHadBreak = !isAtEnd
            if !isAtEnd { advance() }
        }
        return (lines, lastContentHadBreak)
    }

    /// `|`: lines kept as written, joined by line breaks.
    private func literalText(_ lines: ArraySlice<BlockScalarLine>) -> [UInt8] {
        var text: [UInt8] = []
        for (index, line) in zip(lines.indices, lines) {
            if index > lines.startIndex { text.append(.lineFeed) }
            if case .content(let range) = line { text.append(contentsOf: bytes[range]) }
        }
        return text
    }

    /// `>`: a line break between two lines that start without whitespace becomes a space (or, with
    /// empty lines between them, only the empty lines remain); breaks around more-indented lines stay.
    private func foldedText(_ lines: ArraySlice<BlockScalarLine>) -> [UInt8] {
        var text: [UInt8] = []
        var emptyLines = 0
        var hasContent = false
        var previousIsMoreIndented = false
        for line in lines {
            guard case .content(let range) = line else {
                emptyLines += 1
                continue
            }
            let isMoreIndented = range.isEmpty ? false : bytes[range.lowerBound].isSpaceOrTab
            if !hasContent {
                text.append(contentsOf: Array(repeating: UInt8.lineFeed, count: emptyLines))
            } else if !previousIsMoreIndented && !isMoreIndented {
                text.append(contentsOf: emptyLines == 0 ? [.space] : Array(repeating: .lineFeed, count: emptyLines))
            } else {
                text.append(contentsOf: Array(repeating: UInt8.lineFeed, count: emptyLines + 1))
            }
            text.append(contentsOf: bytes[range])
            hasContent = true
            previousIsMoreIndented = isMoreIndented
            emptyLines = 0
        }
        return text
    }
}
