import Foundation
import Markdown

/// Renders members' words (anonymized excerpts) safely: raw HTML never passes, images are reduced to their
/// description, only `http`, `https` and `mailto` links survive, and every link gets `rel="nofollow noopener"`.
struct ExcerptRenderer: Sendable {
    let language: ContentLanguage

    static let options = MarkdownOptions(extensions: true, unsafeHTML: false, headingIDs: false)
    static let allowedSchemes = ["http://", "https://", "mailto:"]

    /// The excerpt's Markdown with typography, for the email's text part.
    func typesetMarkdown(_ markdown: String) -> String {
        SourceTypesetter(language: language).typeset(markdown, options: Self.options)
    }

    func html(_ markdown: String) -> String {
        var document = MarkdownParser.parse(markdown, options: Self.options)
        document.mapDestinations { destination, kind in
            guard kind == .link else { return "" }
            let lowered = destination.lowercased()
            return Self.allowedSchemes.contains { lowered.hasPrefix($0) } ? destination : ""
        }
        document = TypographyPass(language: language).apply(to: document)
        let html = HTMLRenderer(options: Self.options).render(document)
        return Self.withoutImages(html).replacingOccurrences(of: "<a href=\"", with: "<a rel=\"nofollow noopener\" href=\"")
    }

    /// `<img src="…" alt="description" />` → `description`: no remote image from a member reaches an email.
    static func withoutImages(_ html: String) -> String {
        guard html.contains("<img ") else { return html }
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: "<img ") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "/>") else { break }
            let tag = rest[start.lowerBound..<end.upperBound]
            if let altStart = tag.range(of: "alt=\""), let altEnd = tag[altStart.upperBound...].firstIndex(of: "\"") {
                result += tag[altStart.upperBound..<altEnd]
            }
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}
