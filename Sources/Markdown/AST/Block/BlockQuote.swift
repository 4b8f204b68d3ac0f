/// A block quote (`> …`).
public struct BlockQuote: Sendable, Equatable {
    /// The quoted blocks.
    public var children: [Block] {
        get { childList.elements }
        _modify { yield &childList.elements }
    }
    /// Boxed so that freeing a deep tree takes constant stack (see ``ChildStorage``).
    var childList: ChildList<Block>
    /// Where the quote was parsed from.
    public var range: SourceRange

    /// Creates a block quote.
    public init(children: [Block], range: SourceRange) {
        childList = ChildList(children)
        self.range = range
    }
}
