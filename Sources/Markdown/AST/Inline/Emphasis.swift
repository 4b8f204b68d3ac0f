/// Emphasis (`*x*`, `_x_`), rendered `<em>`.
public struct Emphasis: Sendable, Equatable {
    /// The emphasised content.
    public var children: [Inline]
    /// Where the emphasis was parsed from, delimiters included.
    public var range: SourceRange

    /// Creates an emphasis node.
    public init(children: [Inline], range: SourceRange) {
        self.children = children
        self.range = range
    }
}
