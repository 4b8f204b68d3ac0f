/// Convenience entry points: parse and render in one call.
public enum Markdown {
    /// The HTML of Markdown text.
    public static func html(_ text: String, options: MarkdownOptions = .init()) -> String {
        HTMLRenderer(options: options).render(MarkdownParser.parse(text, options: options))
    }

    /// The plain text (e-mail text part) of Markdown text, wrapped at `width` columns.
    public static func plainText(_ text: String, width: Int = 72, options: MarkdownOptions = .init()) -> String {
        PlainTextRenderer(width: width).render(MarkdownParser.parse(text, options: options))
    }
}
