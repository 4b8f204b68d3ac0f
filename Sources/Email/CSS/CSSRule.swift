/// A style rule: `selector, selector { declarations }`.
public struct CSSRule: Sendable, Hashable {
    /// The selector list as written (comments removed, whitespace trimmed).
    public var selectorText: String
    /// The declarations in source order, bad ones already skipped.
    public var declarations: [CSSDeclaration]

    public init(selectorText: String, declarations: [CSSDeclaration]) {
        self.selectorText = selectorText
        self.declarations = declarations
    }

    /// The rule written back as CSS, e.g. `a:hover{color:red}`.
    public var cssText: String {
        "\(selectorText){\(declarations.map(\.cssText).joined(separator: ";"))}"
    }
}
