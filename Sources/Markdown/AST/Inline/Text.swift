/// Literal text, with entities and escapes already decoded.
public struct Text: Sendable, Equatable {
    /// The decoded text.
    public var string: String
    /// Where the text was parsed from.
    public var range: SourceRange

    /// Creates a text node.
    public init(_ string: String, range: SourceRange) {
        self.string = string
        self.range = range
    }
}
