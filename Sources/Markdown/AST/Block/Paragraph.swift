/// A paragraph: a run of inline content.
public struct Paragraph: Sendable, Equatable {
    /// The inline content.
    public var children: [Inline]
    /// Where the paragraph was parsed from.
    public var range: SourceRange

    /// Creates a paragraph.
    public init(children: [Inline], range: SourceRange) {
        self.children = children
        self.range = range
    }
}
