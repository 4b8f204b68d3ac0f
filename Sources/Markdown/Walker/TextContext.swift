/// Where a text node sits, for transformations that depend on it (no typography inside code or links…).
public struct TextContext: OptionSet, Sendable, Hashable {
    /// The flags.
    public let rawValue: Int

    /// Creates a context from raw flags.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Inside a link's text.
    public static let link = TextContext(rawValue: 1 << 0)
    /// Inside an image description (alt text).
    public static let image = TextContext(rawValue: 1 << 1)
    /// Inside a heading.
    public static let heading = TextContext(rawValue: 1 << 2)
    /// Inside emphasis.
    public static let emphasis = TextContext(rawValue: 1 << 3)
    /// Inside strong emphasis.
    public static let strong = TextContext(rawValue: 1 << 4)
    /// Inside strikethrough.
    public static let strikethrough = TextContext(rawValue: 1 << 5)
    /// Inside a block quote.
    public static let blockQuote = TextContext(rawValue: 1 << 6)
    /// Inside a list item.
    public static let listItem = TextContext(rawValue: 1 << 7)
    /// Inside a table cell.
    public static let tableCell = TextContext(rawValue: 1 << 8)
    /// Inside a footnote definition.
    public static let footnote = TextContext(rawValue: 1 << 9)
}

/// One text node of a leaf block, as given to ``Document/mapTextSequences(_:)``.
public struct TextSegment: Sendable, Equatable {
    /// The text; assign to change it.
    public var string: String
    /// Where the text sits.
    public let context: TextContext

    /// Creates a segment.
    public init(string: String, context: TextContext) {
        self.string = string
        self.context = context
    }
}
