/// GFM strikethrough (`~~x~~` or `~x~`), rendered `<del>`.
public struct Strikethrough: Sendable, Equatable {
    /// The struck content.
    public var children: [Inline]
    /// Where the node was parsed from, delimiters included.
    public var range: SourceRange

    /// Creates a strikethrough node.
    public init(children: [Inline], range: SourceRange) {
        self.children = children
        self.range = range
    }
}
