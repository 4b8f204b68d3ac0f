/// A GFM footnote definition (extension): `[^label]: text`, rendered in the footnotes section.
public struct FootnoteDefinition: Sendable, Equatable {
    /// The label as written (without `[^` and `]`).
    public var label: String
    /// The footnote's blocks.
    public var children: [Block] {
        get { childList.elements }
        _modify { yield &childList.elements }
    }
    /// Boxed so that freeing a deep tree takes constant stack (see ``ChildStorage``).
    var childList: ChildList<Block>
    /// Where the definition was parsed from.
    public var range: SourceRange

    /// Creates a footnote definition.
    public init(label: String, children: [Block], range: SourceRange) {
        self.label = label
        childList = ChildList(children)
        self.range = range
    }
}
