/// An inline node: the content of paragraphs, headings and table cells.
public enum Inline: Sendable, Equatable {
    /// Literal text.
    case text(Text)
    /// A line ending inside a paragraph (rendered as a newline or a space).
    case softBreak(SourceRange)
    /// A hard line break (two trailing spaces or a backslash before the newline).
    case lineBreak(SourceRange)
    /// A code span.
    case code(InlineCode)
    /// Raw inline HTML.
    case html(InlineHTML)
    /// Emphasis (`<em>`).
    case emphasis(Emphasis)
    /// Strong emphasis (`<strong>`).
    case strong(Strong)
    /// GFM strikethrough (extension).
    case strikethrough(Strikethrough)
    /// A link (boxed, like images, so that the common cases stay small in arrays).
    indirect case link(Link)
    /// An image.
    indirect case image(Image)
    /// A GFM footnote reference (extension), `[^label]`.
    case footnoteReference(FootnoteReference)

    /// The source range of the node.
    public var range: SourceRange {
        switch self {
        case .text(let node): node.range
        case .softBreak(let range), .lineBreak(let range): range
        case .code(let node): node.range
        case .html(let node): node.range
        case .emphasis(let node): node.range
        case .strong(let node): node.range
        case .strikethrough(let node): node.range
        case .link(let node): node.range
        case .image(let node): node.range
        case .footnoteReference(let node): node.range
        }
    }

    /// The inline children of a container node (emphasis, link…), empty for leaves.
    public var children: [Inline] {
        switch self {
        case .emphasis(let node): node.children
        case .strong(let node): node.children
        case .strikethrough(let node): node.children
        case .link(let node): node.children
        case .image(let node): node.children
        default: []
        }
    }
}

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

/// Emphasis (`*x*`, `_x_`), rendered `<em>`.
public struct Emphasis: Sendable, Equatable {
    /// The emphasised content.
    public var children: [Inline]
    /// Where the emphasis was parsed from, delimiters included.
    public var range: SourceRange

    /// Creates an emphasis node.
    public init(children: [Inline], range: SourceRange) {
        self.children = children
        self.range = range
    }
}

/// Strong emphasis (`**x**`, `__x__`), rendered `<strong>`.
public struct Strong: Sendable, Equatable {
    /// The emphasised content.
    public var children: [Inline]
    /// Where the node was parsed from, delimiters included.
    public var range: SourceRange

    /// Creates a strong emphasis node.
    public init(children: [Inline], range: SourceRange) {
        self.children = children
        self.range = range
    }
}

/// GFM strikethrough (`~~x~~` or `~x~`), rendered `<del>`.
public struct Strikethrough: Sendable, Equatable {
    /// The struck content.
    public var children: [Inline]
    /// Where the node was parsed from, delimiters included.
    public var range: SourceRange

    /// Creates a strikethrough node.
    public init(children: [Inline], range: SourceRange) {
        self.children = children
        self.range = range
    }
}

/// A link: inline (`[text](url "title")`), reference (`[text][label]`) or autolink (`<url>`, `www.x.org`).
public struct Link: Sendable, Equatable {
    /// How the link was written in the source.
    public enum Kind: Sendable, Equatable {
        /// `[text](destination)` or a reference to a link reference definition.
        case standard
        /// `<https://…>` or `<me@example.org>`.
        case autolink
        /// A GFM extended autolink (`www.…`, `https://…`, a bare e-mail address).
        case extendedAutolink
    }

    /// The destination, already percent-encoded as the spec requires.
    public var destination: String
    /// The title, if any.
    public var title: String?
    /// The link text.
    public var children: [Inline]
    /// How the link was written.
    public var kind: Kind
    /// Where the link was parsed from.
    public var range: SourceRange

    /// Creates a link.
    public init(destination: String, title: String? = nil, children: [Inline], kind: Kind = .standard, range: SourceRange) {
        self.destination = destination
        self.title = title
        self.children = children
        self.kind = kind
        self.range = range
    }
}

/// An image (`![alt](src "title")`); its children are the alt text.
public struct Image: Sendable, Equatable {
    /// The image source, already percent-encoded.
    public var source: String
    /// The title, if any.
    public var title: String?
    /// The description, rendered as plain text in the `alt` attribute.
    public var children: [Inline]
    /// Where the image was parsed from.
    public var range: SourceRange

    /// Creates an image.
    public init(source: String, title: String? = nil, children: [Inline], range: SourceRange) {
        self.source = source
        self.title = title
        self.children = children
        self.range = range
    }
}

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
