/// Renders a ``Document`` as plain text for the text part of an e-mail.
///
/// - Paragraphs are wrapped at ``width`` columns without breaking words or URLs.
/// - Level 1 headings are underlined with `=`, level 2 with `-`; deeper levels are set in capitals.
/// - Bullet items start with `- `, ordered items with `1. `, with a hanging indent; task items add `[ ]`/`[x]`.
/// - Block quotes are prefixed with `> `; code blocks are indented four spaces and never wrapped.
/// - Links read `text [1]`, images `alt [2]`; the numbered references (`[1] https://…`) come at the end,
///   or after each top-level block with ``referencesAfterEachBlock``. A link whose text is its URL is
///   written once, without a reference.
/// - Tables become aligned columns (by display width); thematic breaks a rule of `-`;
///   footnotes are listed at the end as `[^1] text`. Raw HTML is dropped.
public struct PlainTextRenderer: Sendable {
    /// The wrapping width in columns.
    public var width: Int
    /// Whether link references are listed after each top-level block rather than at the end.
    public var referencesAfterEachBlock: Bool

    /// Creates a renderer.
    public init(width: Int = 72, referencesAfterEachBlock: Bool = false) {
        self.width = width
        self.referencesAfterEachBlock = referencesAfterEachBlock
    }

    /// The plain text of a document, ending with a newline (empty for an empty document).
    public func render(_ document: Document) -> String {
        var writer = PlainTextWriter(width: max(1, width), document: document)
        var lines = TextLines()
        // Sections (blocks, reference lists, footnotes) are separated by a blank line; a section without lines
        // takes no place.
        var hasSections = false
        func section(_ write: (inout PlainTextWriter, inout TextLines) -> Void) {
            let mark = lines.count
            if hasSections { lines.endLine() }
            let first = lines.count
            write(&writer, &lines)
            if lines.count == first {
                lines.truncate(toCount: mark)
            } else {
                hasSections = true
            }
        }
        if referencesAfterEachBlock {
            for block in document.children {
                section { writer, lines in writer.blocks([block], width: writer.width, into: &lines) }
                if !writer.pendingReferences.isEmpty { section { writer, lines in writer.takeReferences(into: &lines) } }
            }
        } else {
            // The blocks' own blank-line separation is the sections' when no references come between them.
            section { writer, lines in writer.blocks(document.children, width: writer.width, into: &lines) }
        }
        section { writer, lines in writer.footnoteSection(into: &lines) }
        if !writer.pendingReferences.isEmpty { section { writer, lines in writer.takeReferences(into: &lines) } }
        return String(decoding: lines.bytes, as: UTF8.self)
    }
}
