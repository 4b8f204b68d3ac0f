/// GFM strikethrough (`~~x~~` or `~x~`), rendered `<del>`.
public struct Strikethrough: Sendable, Equatable {
    /// The struck content.
    public var children: [Inline] {
        get { childList.elements }
        _modify { yield &childList.elements }
    }
    /// Boxed so that freeing a deep tree takes constant stack (see ``ChildStorage``).
    var childList: ChildList<Inline>
    /// Where the node was parsed from, delimiters included.
    public var range: SourceRange

    /// Creates a strikethrough node.
    public init(children: [Inline], range: SourceRange) {
        childList = ChildList(children)
        self.range = range
    }
}
