/// A GFM footnote reference (`[^label]`).
public struct FootnoteReference: Sendable, Equatable {
    /// The label as written (without `[^` and `]`).
    public var label: String
    /// Where the reference was parsed from.
    public var range: SourceRange

    /// Creates a footnote reference.
    public init(label: String, range: SourceRange) {
        self.label = label
        self.range = range
    }
}
