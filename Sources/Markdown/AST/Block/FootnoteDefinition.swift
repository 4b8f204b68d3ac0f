/// A GFM footnote definition (extension): `[^label]: text`, rendered in the footnotes section.
public struct FootnoteDefinition: Sendable, Equatable {
    /// The label as written (without `[^` and `]`).
    public var label: String
    /// The footnote's blocks.
    public var children: [Block]
    /// Where the definition was parsed from.
    public var range: SourceRange

    /// Creates a footnote definition.
    public init(label: String, children: [Block], range: SourceRange) {
        self.label = label
        self.children = children
        self.range = range
    }
}
