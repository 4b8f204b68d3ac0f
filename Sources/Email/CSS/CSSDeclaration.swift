/// One `property: value` pair of a declaration block.
public struct CSSDeclaration: Sendable, Hashable {
    /// The property name, lowercased unless it is a custom property (`--name` is case-sensitive).
    public var property: String
    /// The value without the `!important` flag, trimmed.
    public var value: String
    /// Whether the declaration was flagged `!important`.
    public var important: Bool

    public init(property: String, value: String, important: Bool = false) {
        self.property = property
        self.value = value
        self.important = important
    }

    /// The declaration written back as CSS, e.g. `color:red!important`.
    public var cssText: String {
        "\(property):\(value)\(important ? "!important" : "")"
    }

    /// Parses the content of a declaration block or of a `style` attribute; bad declarations are skipped.
    public static func parseList(_ text: String) -> [CSSDeclaration] {
        CSSParser.parseDeclarations(Array(text.utf8)[...])
    }
}
