import Foundation
import Markdown

/// Markdown to HTML and plain text for the editors' own content (articles, editorials), with French or
/// English typography applied to text nodes only, and heading anchors.
struct ContentRenderer: Sendable {
    let language: ContentLanguage
    var textWidth = 72

    /// What one Markdown source renders to: made by `render`, or read back from the previous build's
    /// `RenderedBodyStore`, whose texts are decoded only when a stage asks for them.
    struct Rendered: Sendable {
        var wordCount: Int
        private var texts: Texts

        /// Whether `markdown` was made: a build without emails skips it.
        var hasMarkdown: Bool

        init(html: String, markdown: String?, plainText: String, wordCount: Int) {
            self.wordCount = wordCount
            hasMarkdown = markdown != nil
            texts = .made(html: html, markdown: markdown ?? "", plainText: plainText)
        }

        init(stored: StoredTexts, wordCount: Int, hasMarkdown: Bool) {
            self.wordCount = wordCount
            self.hasMarkdown = hasMarkdown
            texts = .stored(stored)
        }

        var html: String { text(.html) }
        /// The Markdown source with typography applied, for the email's text part (rendered there as a whole);
        /// empty unless `hasMarkdown`.
        var markdown: String { text(.markdown) }
        var plainText: String { text(.plainText) }

        enum Field: Int, CaseIterable { case html, markdown, plainText }

        func text(_ field: Field) -> String {
            switch texts {
            case .made(let html, let markdown, let plainText): [html, markdown, plainText][field.rawValue]
            case .stored(let stored): stored.decode(field.rawValue)
            }
        }

        /// Calls `body` with each text's UTF-8 bytes in `Field` order, without decoding stored ones.
        func withEachText(_ body: (UnsafeRawBufferPointer) -> Void) {
            switch texts {
            case .made(let html, let markdown, let plainText):
                for var text in [html, markdown, plainText] { text.withUTF8 { body(UnsafeRawBufferPointer($0)) } }
            case .stored(let stored):
                for index in Field.allCases.indices { body(stored.bytes(index)) }
            }
        }

        private enum Texts: Sendable {
            case made(html: String, markdown: String, plainText: String)
            case stored(StoredTexts)
        }
    }

    /// `typesettingSource`: whether to make the typeset Markdown source too, which only emails use.
    func render(_ markdown: String, language override: ContentLanguage? = nil, options: MarkdownOptions? = nil,
                typesettingSource: Bool = true) -> Rendered {
        let options = options ?? Self.editorOptions
        let language = override ?? self.language
        let parsed = MarkdownParser.parse(markdown, options: options)
        let document = TypographyPass(language: language).apply(to: parsed)
        let text = document.plainText
        return Rendered(
            html: HTMLRenderer(options: options).render(document),
            markdown: typesettingSource ? SourceTypesetter(language: language).typeset(markdown, parsed: parsed) : nil,
            plainText: text,
            wordCount: Self.wordCount(text))
    }

    /// Runs of non-whitespace characters (Unicode's White_Space property), counted on UTF-8 bytes: the
    /// non-ASCII white spaces are few and known, so no scalar is decoded.
    static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    // ASCII, nearly all of a text: tab to carriage return, and space.
                    if byte == 0x20 || byte &- 0x09 < 5 {
                        inWord = false
                    } else if !inWord {
                        inWord = true
                        count += 1
                    }
                    index += 1
                    continue
                }
                let spaceLength = whiteSpaceLength(bytes, at: index)
                if spaceLength > 0 {
                    inWord = false
                    index += spaceLength
                    continue
                }
                if !inWord {
                    inWord = true
                    count += 1
                }
                index += 1
            }
            return count
        }
    }

    /// The UTF-8 length of the white space starting at `index`, or 0. Beyond ASCII: U+0085, U+00A0, U+1680,
    /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
    private static func whiteSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x09...0x0D, 0x20: return 1
        case 0xC2:
            guard index + 1 < bytes.count else { return 0 }
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1, 0xE2, 0xE3:
            guard index + 2 < bytes.count else { return 0 }
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            let isSpace = switch byte {
            case 0xE1: second == 0x9A && third == 0x80
            case 0xE2: (second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF))
                || (second == 0x81 && third == 0x9F)
            default: second == 0x80 && third == 0x80
            }
            return isSpace ? 3 : 0
        default: return 0
        }
    }

    /// Editors' content: GFM extensions and heading ids; raw HTML stays out (editors paste from everywhere);
    /// table alignment as CSS so pages stay valid HTML5.
    static let editorOptions = MarkdownOptions(extensions: true, unsafeHTML: false, headingIDs: true, tableAlignment: .style)
}
