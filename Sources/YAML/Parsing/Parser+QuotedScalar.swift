import Diagnostics

extension Parser {
    /// Parses a single- or double-quoted scalar (always a string), folding line breaks.
    /// Continuation lines must be indented more than `parentIndent`.
    mutating func parseQuotedScalar(parentIndent: Int) throws(YAMLError) -> YAMLNode {
        let start = location
        guard let quote = peek() else { throw .unterminatedString(location: start) }
        let isDouble = quote == UInt8(ascii: "\"")
        advance()
        var text: [UInt8] = []
        while let byte = peek() {
            switch byte {
            case quote:
                advance()
                if !isDouble && peek() == quote {
                    text.append(quote)
                    advance()
                    continue
                }
                let string = String(decoding: text, as: UTF8.self)
                return YAMLNode(.string(string), at: start, scalarText: string)
            case UInt8(ascii: "\\") where isDouble:
                if peek(1) == .lineFeed {
                    advance()
                    try foldLineBreak(into: &text, openedAt: start, parentIndent: parentIndent, isEscaped: true)
                } else {
                    try EscapeSequence.decode(&self, into: &text)
                }
            case .space, .tab:
                appendWhitespaceUnlessTrailing(into: &text)
            case .lineFeed:
                try foldLineBreak(into: &text, openedAt: start, parentIndent: parentIndent, isEscaped: false)
            default:
                text.append(byte)
                advance()
            }
        }
        throw .unterminatedString(location: start)
    }

    /// Whitespace before a line break is dropped by folding; elsewhere it is content.
    private mutating func appendWhitespaceUnlessTrailing(into text: inout [UInt8]) {
        var end = cursor.offset
        while end < bytes.count, bytes[end].isSpaceOrTab { end += 1 }
        let isTrailing = end < bytes.count && bytes[end] == .lineFeed
        while cursor.offset < end {
            if !isTrailing { text.append(bytes[cursor.offset]) }
            advance()
        }
    }

    /// At a line break inside quotes: one break becomes a space, each empty line a `\n`; after an
    /// escaped break (`\` at line end) nothing is added for the break itself.
    private mutating func foldLineBreak(
        into text: inout [UInt8], openedAt start: SourceLocation, parentIndent: Int, isEscaped: Bool
    ) throws(YAMLError) {
        advance()
        var emptyLines = 0
        while true {
            while peek() == .space { advance() }
            let indent = indentOfCurrentLine
            skipSpacesAndTabs()
            guard let byte = peek(), indent > parentIndent || byte == .lineFeed,
                !lineStartsWithDocumentMarker(cursor.lineStart)
            else {
                throw .unterminatedString(location: start)
            }
            if byte != .lineFeed { break }
            emptyLines += 1
            advance()
        }
        if emptyLines > 0 {
            text.append(contentsOf: Array(repeating: UInt8.lineFeed, count: emptyLines))
        } else if !isEscaped {
            text.append(.space)
        }
    }
}
