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
        var sections = [[String]]()
        for block in document.children {
            let lines = writer.block(block, width: writer.width)
            if !lines.isEmpty { sections.append(lines) }
            if referencesAfterEachBlock, !writer.pendingReferences.isEmpty {
                sections.append(writer.takeReferences())
            }
        }
        let footnotes = writer.footnoteSection()
        if !footnotes.isEmpty { sections.append(footnotes) }
        if !writer.pendingReferences.isEmpty { sections.append(writer.takeReferences()) }
        guard !sections.isEmpty else { return "" }
        return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }
}
