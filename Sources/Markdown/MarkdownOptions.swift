/// Options of the parser and the renderers.
public struct MarkdownOptions: Sendable, Equatable {
    /// GFM extensions: tables, strikethrough, extended autolinks, task list items, footnotes.
    public var extensions: Bool
    /// Pass raw HTML (blocks and inline) through, and keep `javascript:`-like URLs.
    /// When `false` (the default, like cmark), raw HTML becomes `<!-- raw HTML omitted -->` and unsafe URLs empty.
    public var unsafeHTML: Bool
    /// Add `id="slug"` to headings (see ``Slugger``).
    public var headingIDs: Bool
    /// How table cells carry their column's alignment.
    public var tableAlignment: TableAlignmentMarkup

    /// How the HTML renderer writes a table column's alignment.
    public enum TableAlignmentMarkup: Sendable, Equatable {
        /// `align="center"`, as cmark-gfm and GitHub write it (obsolete in HTML5).
        case attribute
        /// `style="text-align: center"`, valid HTML5 for pages checked by validators.
        case style
    }

    /// Creates options; the defaults are the product's (extensions on, safe HTML, no heading ids) with cmark-gfm's
    /// table markup.
    public init(extensions: Bool = true, unsafeHTML: Bool = false, headingIDs: Bool = false,
                tableAlignment: TableAlignmentMarkup = .attribute) {
        self.extensions = extensions
        self.unsafeHTML = unsafeHTML
        self.headingIDs = headingIDs
        self.tableAlignment = tableAlignment
    }

    /// Strict CommonMark: no extensions, safe HTML.
    public static let commonMark = MarkdownOptions(extensions: false)
}
