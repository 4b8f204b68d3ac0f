/// Renders a ``Document`` as HTML exactly like the CommonMark reference implementations (and cmark-gfm
/// for the extensions).
///
/// Safe by default, like cmark: raw HTML becomes `<!-- raw HTML omitted -->` and `javascript:`,
/// `vbscript:`, `file:` and non-image `data:` URLs become empty, unless ``MarkdownOptions/unsafeHTML``
/// is set. With ``MarkdownOptions/headingIDs`` headings get a unique `id` from ``Slugger``.
public struct HTMLRenderer: Sendable {
    /// The rendering options (``MarkdownOptions/extensions`` is not used here: the tree decides).
    public var options: MarkdownOptions

    /// Creates a renderer.
    public init(options: MarkdownOptions = .init()) {
        self.options = options
    }

    /// The HTML of a document.
    public func render(_ document: Document) -> String {
        var writer = HTMLWriter(options: options, document: document, expectedSize: document.range.end.line * 48)
        writer.blocks(document.children, tight: false)
        writer.footnotes()
        return String(decoding: writer.output, as: UTF8.self)
    }

    /// The HTML of inline content alone (no paragraph tags), e.g. for a title.
    public func render(inlines: [Inline]) -> String {
        var writer = HTMLWriter(options: options, document: Document(children: [], range: SourceRange(1, 1, 1, 1)))
        writer.inlines(inlines)
        return String(decoding: writer.output, as: UTF8.self)
    }
}
