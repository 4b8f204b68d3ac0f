/// A block of raw HTML, passed through only when ``MarkdownOptions/unsafeHTML`` is set.
public struct HTMLBlock: Sendable, Equatable {
    /// The raw HTML, each line ending with a newline.
    public var html: String
    /// Where the block was parsed from.
    public var range: SourceRange

    /// Creates an HTML block.
    public init(html: String, range: SourceRange) {
        self.html = html
        self.range = range
    }
}
