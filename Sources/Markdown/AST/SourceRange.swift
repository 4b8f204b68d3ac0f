/// A position in a Markdown source: 1-based line and 1-based column counted in UTF-8 bytes.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Stored in 32 bits: every node carries two positions, so this halves their share of the tree.
    private var storedLine: UInt32
    private var storedColumn: UInt32

    /// The 1-based line number.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    /// The 1-based column, counted in UTF-8 bytes from the start of the line.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    /// Creates a position from a 1-based line and column (clamped to 32 bits).
    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    /// `line:column`.
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

    /// `line:column-line:column`.
    public var description: String { "\(start)-\(end)" }
}
