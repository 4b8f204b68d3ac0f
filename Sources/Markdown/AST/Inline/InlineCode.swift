/// A code span (`` `code` ``).
public struct InlineCode: Sendable, Equatable {
    /// The code, with line endings turned into spaces and one stripped space each side when both exist.
    public var code: String
    /// Where the span was parsed from.
    public var range: SourceRange

    /// Creates a code span.
    public init(code: String, range: SourceRange) {
        self.code = code
        self.range = range
    }
}
