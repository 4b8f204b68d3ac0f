/// Emphasis (`*x*`, `_x_`), rendered `<em>`.
public struct Emphasis: Sendable, Equatable {
    /// The emphasised content.
    public var children: [Inline] {
        get { childList.elements }
        _modify { yield &childList.elements }
    }
    /// Boxed so that freeing a deep tree takes constant stack (see ``ChildStorage``).
    var childList: ChildList<Inline>
    /// Where the emphasis was parsed from, delimiters included.
    public var range: SourceRange

    /// Creates an emphasis node.
    public init(children: [Inline], range: SourceRange) {
        childList = ChildList(children)
        self.range = range
    }
}
