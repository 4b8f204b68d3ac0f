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

    /// Whether `text` starts like a URL, or holds an `@` and no space (an address): read on its bytes, as every text
    /// segment of every body goes through it.
    private static func looksLikeAddress(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if addressPrefixes.contains(where: { bytes.starts(with: $0) }) { return true }
            var hasAt = false
            for byte in bytes {
                if byte == UInt8(ascii: " ") { return false }
                if byte == UInt8(ascii: "@") { hasAt = true }
            }
            return hasAt
        }
    }

    private static let addressPrefixes = ["http://", "https://", "www.", "mailto:"].map { Array($0.utf8) }
}
