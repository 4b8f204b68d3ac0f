/// An ATX (`# Title`) or setext (`Title` underlined) heading.
public struct Heading: Sendable, Equatable {
    /// The level, 1 to 6.
    public var level: Int
    /// The inline content.
    public var children: [Inline]
    /// Where the heading was parsed from.
    public var range: SourceRange

    /// Creates a heading.
    public init(level: Int, children: [Inline], range: SourceRange) {
        self.level = level
        self.children = children
        self.range = range
    }
}
