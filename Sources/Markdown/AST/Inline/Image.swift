/// An image (`![alt](src "title")`); its children are the alt text.
public struct Image: Sendable, Equatable {
    /// The image source, already percent-encoded.
    public var source: String
    /// The title, if any.
    public var title: String?
    /// The description, rendered as plain text in the `alt` attribute.
    public var children: [Inline] {
        get { childList.elements }
        _modify { yield &childList.elements }
    }
    /// Boxed so that freeing a deep tree takes constant stack (see ``ChildStorage``).
    var childList: ChildList<Inline>
    /// Where the image was parsed from.
    public var range: SourceRange

    /// Creates an image.
    public init(source: String, title: String? = nil, children: [Inline], range: SourceRange) {
        self.source = source
        self.title = title
        childList = ChildList(children)
        self.range = range
    }
}
