/// Parses CommonMark (with optional GFM extensions) into a ``Document``.
///
/// Parsing works on UTF-8 bytes in two phases, as the spec's appendix describes: block structure first,
/// then inline content. Invalid UTF-8 and NUL become U+FFFD. Nesting is kept whatever its depth, and neither
/// phase recurses, so parsing runs in bounded stack on any thread (see ``Document``).
///
/// ```swift
/// let document = MarkdownParser.parse("# Été 2026\n\nBonjour *tout le monde*.")
/// let html = HTMLRenderer(options: .init(headingIDs: true)).render(document)
/// ```
public enum MarkdownParser {
    /// Parses Markdown text.
    public static func parse(_ text: String, options: MarkdownOptions = .init()) -> Document {
        parse(bytes: text.utf8, options: options)
    }

    /// Parses Markdown given as UTF-8 bytes (invalid sequences are replaced, never rejected).
    public static func parse(bytes: some Collection<UInt8>, options: MarkdownOptions = .init()) -> Document {
        let input = SourceBytes.normalize(bytes)
        let blockParser = BlockParser(input: input, options: options)
        let root = blockParser.parse()
        let inlineParser = InlineParser(definitions: blockParser.definitions, footnoteLabels: blockParser.footnoteLabels,
                                        extensions: options.extensions)
        var builder = DocumentBuilder(inlineParser: inlineParser, leaf: blockParser.leaf, extensions: options.extensions)
        return builder.build(root, lineCount: blockParser.lineNumber, lastLineLength: blockParser.lastLineLength)
    }
}
