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
    public var children: [Inline] {
        get { childList.elements }
        _modify { yield &childList.elements }
    }
    /// Boxed so that freeing a deep tree takes constant stack (see ``ChildStorage``).
    var childList: ChildList<Inline>
    /// How the link was written.
    public var kind: Kind
    /// Where the link was parsed from.
    public var range: SourceRange

    /// Creates a link.
    public init(destination: String, title: String? = nil, children: [Inline], kind: Kind = .standard, range: SourceRange) {
        self.destination = destination
        self.title = title
        childList = ChildList(children)
        self.kind = kind
        self.range = range
    }
}
