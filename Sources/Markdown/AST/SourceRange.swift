/// A position in a Markdown source: 1-based line and 1-based column counted in UTF-8 bytes.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in UTF-8 bytes from the start of the line.
    public var column: Int

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The span of source text a node was parsed from; both ends are inclusive.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    /// The first character of the node.
    public var start: SourcePosition
    /// The last character of the node.
    public var end: SourcePosition

    /// Creates a range from its inclusive bounds.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// A range starting at `startLine:startColumn` and ending at `endLine:endColumn`.
    public init(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) {
        self.init(start: SourcePosition(line: startLine, column: startColumn),
                  end: SourcePosition(line: endLine, column: endColumn))
    }

    public var description: String { "\(start)-\(end)" }
}
