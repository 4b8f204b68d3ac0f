/// The language whose typographic conventions ``Typographer`` applies.
public enum TypographyLanguage: String, Sendable, Hashable, CaseIterable {
    /// French: guillemets, narrow no-break spaces before `; : ! ?`, thousands grouped with spaces.
    case fr
    /// English: curly quotes, no space before punctuation.
    case en
}
