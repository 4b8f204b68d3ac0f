import Diagnostics

/// The recursive-descent parser state: the prepared input and a cursor into it.
/// Structure parsing lives in the `Parser+*.swift` extensions, one construct per file.
struct Parser {
    /// Deeper nesting is rejected, which bounds the recursion whatever the input.
    static let maximumDepth = 100

    let bytes: [UInt8]
    var cursor: Cursor
    var depth = 0

    init(bytes: [UInt8], firstLine: Int) {
        self.bytes = bytes
        self.cursor = Cursor(line: firstLine)
    }

    // MARK: Reading

    var isAtEnd: Bool { cursor.offset >= bytes.count }

    var location: SourceLocation { cursor.location }

    func peek(_ distance: Int = 0) -> UInt8? {
        let index = cursor.offset + distance
        return index < bytes.count ? bytes[index] : nil
    }

    /// Whether the byte at `distance` is a space, tab, line feed or the end of input.
    func isBlank(_ distance: Int) -> Bool {
        guard let byte = peek(distance) else { return true }
        return byte.isSpaceOrTab || byte == .lineFeed
    }

    /// Whether only spaces and tabs precede the cursor on its line.
    var isFirstOnLine: Bool {
        bytes[cursor.lineStart..<cursor.offset].allSatisfy(\.isSpaceOrTab)
    }

    /// The indentation of a line whose first content is at the cursor.
    var indentOfCurrentLine: Int { cursor.column - 1 }

    /// Whether the cursor is at `- ` (or `-` before a line break).
    var isAtSequenceEntry: Bool { peek() == UInt8(ascii: "-") && isBlank(1) }

    /// Whether the cursor is at a `---` or `...` line marker in column 1.
    var isAtDocumentMarker: Bool {
        cursor.offset == cursor.lineStart && lineStartsWithDocumentMarker(cursor.lineStart)
    }

    /// Whether the line starting at `lineStart` begins with `---` or `...` followed by a blank.
    func lineStartsWithDocumentMarker(_ lineStart: Int) -> Bool {
        guard lineStart + 2 < bytes.count else { return false }
        let first = bytes[lineStart]
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return false }
        let afterMarker = lineStart + 3
        return bytes[lineStart + 1] == first && bytes[lineStart + 2] == first
            && (afterMarker == bytes.count || bytes[afterMarker].isSpaceOrTab || bytes[afterMarker] == .lineFeed)
    }

    /// Whether the cursor is at `#` starting a comment (at line start or after whitespace).
    var isAtComment: Bool {
        peek() == UInt8(ascii: "#") && (cursor.offset == cursor.lineStart || bytes[cursor.offset - 1].isSpaceOrTab)
    }

    // MARK: Moving

    mutating func advance() { cursor.advance(in: bytes) }

    mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    mutating func skipSpacesAndTabs() {
        while let byte = peek(), byte.isSpaceOrTab { advance() }
    }

    /// Moves to the line feed (or end) of the current line.
    mutating func skipToLineEnd() {
        while let byte = peek(), byte != .lineFeed { advance() }
    }

    /// Moves past whitespace, comments and line breaks to the next content, and rejects a tab in
    /// the indentation of the line where that content starts.
    mutating func skipToContent() throws(YAMLError) {
        while let byte = peek() {
            if byte.isSpaceOrTab || byte == .lineFeed {
                advance()
            } else if byte == UInt8(ascii: "#") {
                skipToLineEnd()
            } else {
                try rejectTabsInIndentation()
                return
            }
        }
    }

    /// Throws at the first tab before the cursor when the cursor is the first content of its line.
    func rejectTabsInIndentation() throws(YAMLError) {
        var column = 1
        for index in cursor.lineStart..<cursor.offset {
            guard bytes[index].isSpaceOrTab else { return }
            if bytes[index] == .tab {
                throw .tabIndentation(location: SourceLocation(line: cursor.line, column: column))
            }
            column += 1
        }
    }

    /// After a value: only whitespace and a comment may remain on its line. A value that ended at the
    /// start of a later line (block scalars, nested collections) has nothing left to check.
    mutating func expectLineEnd() throws(YAMLError) {
        if isFirstOnLine { return }
        skipSpacesAndTabs()
        if isAtEnd || peek() == .lineFeed { return }
        if isAtComment {
            skipToLineEnd()
            return
        }
        throw .trailingContent(location: location)
    }

    /// Counts one more level of nesting, rejecting input nested beyond `maximumDepth`.
    mutating func enterNesting() throws(YAMLError) {
        guard depth < Self.maximumDepth else { throw .nestingTooDeep(location: location) }
        depth += 1
    }

    mutating func leaveNesting() { depth -= 1 }

    /// The text of `range` as a string (input was validated as UTF-8).
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
