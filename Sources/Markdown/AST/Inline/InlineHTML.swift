/// A raw HTML tag, comment, declaration… inside a paragraph.
public struct InlineHTML: Sendable, Equatable {
    /// The raw HTML.
    public var html: String
    /// Where the tag was parsed from.
    public var range: SourceRange

    /// Creates an inline HTML node.
    public init(html: String, range: SourceRange) {
        self.html = html
        self.range = range
    }
}
