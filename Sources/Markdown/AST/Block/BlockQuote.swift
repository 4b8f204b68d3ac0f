/// A block quote (`> …`).
public struct BlockQuote: Sendable, Equatable {
    /// The quoted blocks.
    public var children: [Block]
    /// Where the quote was parsed from.
    public var range: SourceRange

    /// Creates a block quote.
    public init(children: [Block], range: SourceRange) {
        self.children = children
        self.range = range
    }
}
