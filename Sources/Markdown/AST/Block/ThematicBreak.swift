/// A thematic break (`***`, `---`, `___`).
public struct ThematicBreak: Sendable, Equatable {
    /// Where the break was parsed from.
    public var range: SourceRange

    /// Creates a thematic break.
    public init(range: SourceRange) {
        self.range = range
    }
}
