/// Options of the parser and the renderers.
public struct MarkdownOptions: Sendable, Equatable {
    /// GFM extensions: tables, strikethrough, extended autolinks, task list items, footnotes.
    public var extensions: Bool
    /// Pass raw HTML (blocks and inline) through, and keep `javascript:`-like URLs.
    /// When `false` (the default, like cmark), raw HTML becomes `<!-- raw HTML omitted -->` and unsafe URLs empty.
    public var unsafeHTML: Bool
    /// Add `id="slug"` to headings (see ``Slugger``).
    public var headingIDs: Bool

    /// Creates options; the defaults are the product's (extensions on, safe HTML, no heading ids).
    public init(extensions: Bool = true, unsafeHTML: Bool = false, headingIDs: Bool = false) {
        self.extensions = extensions
        self.unsafeHTML = unsafeHTML
        self.headingIDs = headingIDs
    }

    /// Strict CommonMark: no extensions, safe HTML.
    public static let commonMark = MarkdownOptions(extensions: false)
}
