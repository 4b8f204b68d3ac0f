/// One element of a compiled template; rendering walks a tree of these.
enum Node: Sendable, Hashable {
    /// Literal text, never starting a line with indentation (that is in `lineStart`).
    case text(String)
    /// The start of a rendered source line with its leading whitespace, kept apart so that partial
    /// and block indentation can be applied to it. Empty lines have none, so they are never indented.
    case lineStart(indentation: String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}`.
    case variable(VariablePath, escaped: Bool)
    /// `{{#name}}…{{/name}}` or, when inverted, `{{^name}}…{{/name}}`.
    case section(VariablePath, inverted: Bool, children: [Node])
    /// `{{>name}}`
    case partial(PartialReference)
    /// `{{<name}}…{{/name}}` with the blocks it overrides, by name.
    case parent(PartialReference, blocks: [String: Block])
    /// `{{$name}}…{{/name}}` outside a parent tag: a parameter of the template.
    case block(Block)
}
