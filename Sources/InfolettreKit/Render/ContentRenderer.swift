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
        let options = options ?? Self.editorOptions
        let language = override ?? self.language
        let parsed = MarkdownParser.parse(markdown, options: options)
        let document = TypographyPass(language: language).apply(to: parsed)
        let text = document.plainText
        return Rendered(
            html: HTMLRenderer(options: options).render(document),
            markdown: SourceTypesetter(language: language).typeset(markdown, parsed: parsed),
            plainText: text,
            wordCount: Self.wordCount(text))
    }

    /// Runs of non-whitespace characters; scalar by scalar, with Unicode's property looked up only beyond ASCII.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.isASCII
                ? scalar == " " || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace
            if isSpace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Editors' content: GFM extensions and heading ids; raw HTML stays out (editors paste from everywhere);
    /// table alignment as CSS so pages stay valid HTML5.
    static let editorOptions = MarkdownOptions(extensions: true, unsafeHTML: false, headingIDs: true, tableAlignment: .style)
}
