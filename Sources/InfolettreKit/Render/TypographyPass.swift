import Markdown
import Typography

/// Applies French or English typography to a document's text nodes only: code, raw HTML, URLs and
/// attributes are never touched, and text that looks like a URL (an autolink's text) stays as written.
struct TypographyPass: Sendable {
    let typographer: Typographer

    init(language: ContentLanguage) {
        typographer = Typographer(language: language == .en ? .en : .fr)
    }

    func apply(to document: Document) -> Document {
        var document = document
        document.mapTextSequences { segments in
            let runs = segments.map { segment -> TextRun in
                Self.looksLikeAddress(segment.string) ? .opaque(segment.string) : .text(segment.string)
            }
            let output = typographer.apply(to: runs)
            for index in segments.indices where index < output.count { segments[index].string = output[index] }
        }
        return document
    }

    private static func looksLikeAddress(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") || text.hasPrefix("mailto:")
            || (text.utf8.contains(UInt8(ascii: "@")) && !text.utf8.contains(UInt8(ascii: " ")))
    }
}
