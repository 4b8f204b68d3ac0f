/// Why a line of a plain scalar stopped.
enum PlainLineEnd {
    case lineBreak
    case comment
    /// `: ` (or, in flow context, `:` before `,[]{}`).
    case mappingIndicator
    /// `,`, `[`, `]`, `{` or `}` in flow context.
    case flowIndicator
}

extension Parser {
    /// Parses a plain (unquoted) scalar, folding its continuation lines, and resolves it.
    mutating func parsePlainScalar(parentIndent: Int, inFlow: Bool) throws(YAMLError) -> YAMLNode {
        let start = location
        let string = try scanPlainScalar(parentIndent: parentIndent, inFlow: inFlow)
        return YAMLNode(try ScalarResolver.resolve(string, at: start), at: start, scalarText: string)
    }

    /// Reads a plain scalar's text without resolving it (keys are always strings).
    mutating func scanPlainScalar(parentIndent: Int, inFlow: Bool) throws(YAMLError) -> String {
        var text: [UInt8] = []
        var end = scanPlainLine(into: &text, inFlow: inFlow)
        while end == .lineBreak,
            let emptyLines = try continuationOfPlainScalar(parentIndent: parentIndent, inFlow: inFlow)
        {
            text.append(contentsOf: emptyLines == 0 ? [.space] : Array(repeating: .lineFeed, count: emptyLines))
            end = scanPlainLine(into: &text, inFlow: inFlow)
        }
        if end == .mappingIndicator && !inFlow { throw .unexpectedMappingValue(location: location) }
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the scalar's content up to the end of the current line, a comment or an indicator,
    /// without trailing whitespace; leaves the cursor at the stop.
    private mutating func scanPlainLine(into text: inout [UInt8], inFlow: Bool) -> PlainLineEnd {
        var contentEnd = text.count
        defer { text.removeSubrange(contentEnd...) }
        while let byte = peek() {
            if byte == .lineFeed { return .lineBreak }
            if byte == UInt8(ascii: ":") && (isBlank(1) || (inFlow && peek(1)?.isFlowIndicator == true)) {
                return .mappingIndicator
            }
            if isAtComment { return .comment }
            if inFlow && byte.isFlowIndicator { return .flowIndicator }
            text.append(byte)
            if !byte.isSpaceOrTab { contentEnd = text.count }
            advance()
        }
        return .lineBreak
    }

    /// At the line break ending a plain line: if the scalar continues on a following line, moves to
    /// its first content and returns the number of empty lines in between; otherwise stays put.
    private mutating func continuationOfPlainScalar(parentIndent: Int, inFlow: Bool) throws(YAMLError) -> Int? {
        let lineEnd = cursor
        var emptyLines = 0
        while true {
            guard !isAtEnd else {
                cursor = lineEnd
                return nil
            }
            advance()
            while peek() == .space { advance() }
            let indent = indentOfCurrentLine
            skipSpacesAndTabs()
            if peek() == .lineFeed {
                emptyLines += 1
                continue
            }
            let isMappingIndicator = peek() == UInt8(ascii: ":") && isBlank(1)
            let endsFlowEntry = inFlow && (peek()?.isFlowIndicator == true || isMappingIndicator)
            let continues = !isAtEnd && !isAtComment && indent > parentIndent && !endsFlowEntry
                && !lineStartsWithDocumentMarker(cursor.lineStart)
            if !continues {
                if !inFlow && !isAtEnd && indent <= parentIndent { try rejectTabsInIndentation() }
                cursor = lineEnd
                return nil
            }
            return emptyLines
        }
    }
}
