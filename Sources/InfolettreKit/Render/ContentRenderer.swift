import Foundation
import Markdown

/// Markdown to HTML and plain text for the editors' own content (articles, editorials), with French or
/// English typography applied to text nodes only, and heading anchors.
struct ContentRenderer: Sendable {
    let language: ContentLanguage
    var textWidth = 72

    /// What one Markdown source renders to.
    struct Rendered: Sendable {
        var html: String
        /// The Markdown source with typography applied, for the email's text part (rendered there as a whole).
        var markdown: String
        var plainText: String
        var wordCount: Int
    }

    func render(_ markdown: String, language override: ContentLanguage? = nil, options: MarkdownOptions? = nil) -> Rendered {
        var document = MarkdownParser.parse(markdown, options: options ?? Self.editorOptions)
        document = TypographyPass(language: override ?? language).apply(to: document)
        let html = HTMLRenderer(options: options ?? Self.editorOptions).render(document)
        let text = document.plainText
        return Rendered(
            html: html,
            markdown: SourceTypesetter(language: override ?? language).typeset(markdown, options: options ?? Self.editorOptions),
            plainText: text,
            wordCount: text.split(whereSeparator: { $0.isWhitespace }).count)
    }

    /// Editors' content: GFM extensions and heading ids; raw HTML stays out (editors paste from everywhere);
    /// table alignment as CSS so pages stay valid HTML5.
    static let editorOptions = MarkdownOptions(extensions: true, unsafeHTML: false, headingIDs: true, tableAlignment: .style)
}
