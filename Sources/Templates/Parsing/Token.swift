/// A tag as the scanner found it.
struct Tag: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case variable(escaped: Bool)
        case section(inverted: Bool)
        case close
        case comment
        case partial
        case parent
        case block
        case setDelimiters
    }

    var kind: Kind
    /// The trimmed content after the sigil (`name` in `{{# name }}`).
    var content: String
    /// Byte offset of the opening delimiter.
    var offset: Int
}

/// What the scanner cuts a template into: text (never containing a line break), line breaks and tags.
enum Token: Sendable, Hashable {
    case text(Range<Int>)
    /// `\n` or `\r\n`.
    case newline(Range<Int>)
    case tag(Tag)
}
