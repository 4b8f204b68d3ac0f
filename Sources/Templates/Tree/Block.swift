/// A block `{{$name}}…{{/name}}`: a parameter with default content in a parent template, or an argument
/// overriding that default inside a parent tag `{{<parent}}…{{/parent}}`.
struct Block: Sendable, Hashable {
    var name: String
    /// The indentation the block's content is written at. Overriding content is re-indented from its own
    /// indentation to that of the block it replaces: the spec's "removed at the site of definition and
    /// added at the site of expansion". For a standalone opening tag it is the leading whitespace of the
    /// next line (the content's first line), otherwise that of the tag's own line.
    var indentation: String
    /// Whether the opening tag stood alone on its line (so the content starts at the beginning of a line).
    var isStandalone: Bool
    var children: [Node]
}
