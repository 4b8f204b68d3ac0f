/// A parsed stylesheet: its style rules and at-rules in source order.
///
/// The parser is forgiving like a browser: a malformed declaration or rule is skipped, the rest is kept.
public struct CSSStyleSheet: Sendable, Hashable {
    /// The top-level items, in source order.
    public var items: [CSSItem]

    public init(items: [CSSItem]) {
        self.items = items
    }

    /// Parses CSS text; never fails, bad parts are dropped.
    public init(parsing css: String) {
        self = CSSParser.parse(css)
    }
}

/// One top-level item of a stylesheet.
public enum CSSItem: Sendable, Hashable {
    /// A style rule: selectors and a declaration block.
    case rule(CSSRule)
    /// An at-rule (`@media`, `@font-face`, `@import`, …), kept verbatim.
    case atRule(CSSAtRule)
}
