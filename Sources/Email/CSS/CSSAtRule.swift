/// An at-rule such as `@media`, `@font-face`, `@supports` or `@import`.
///
/// At-rules are never inlined: they are kept verbatim for the `<style>` block of the email.
public struct CSSAtRule: Sendable, Hashable {
    /// The lowercased keyword without `@`, e.g. `media`.
    public var name: String
    /// The whole rule as written, from `@` to the closing `}` or `;` (comments removed).
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
