/// Strong emphasis (`**x**`, `__x__`), rendered `<strong>`.
public struct Strong: Sendable, Equatable {
    /// The emphasised content.
    public var children: [Inline]
    /// Where the node was parsed from, delimiters included.
    public var range: SourceRange

    /// Creates a strong emphasis node.
    public init(children: [Inline], range: SourceRange) {
        self.children = children
        self.range = range
    }
}
