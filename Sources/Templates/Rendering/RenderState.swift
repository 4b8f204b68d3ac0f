/// What changes while a template renders.
struct RenderState {
    var output = ""
    /// Innermost context last.
    var contextStack: [TemplateValue]
    /// Outermost first; applied innermost first to each line start.
    var indentationSteps: [IndentationStep] = []
    /// Blocks overriding parameters of the parents being rendered, with the template each comes from.
    var overrides: [String: BlockOverride] = [:]
    /// Partials and parents currently being included.
    var depth = 0
    /// Set when included content starts in the middle of a line: its first line start must not be
    /// re-indented, only stripped of the given definition indentation.
    var pendingInlineStart: String?
    /// The dependencies of the deferred values read so far.
    var dependencies: Set<UInt64> = []
}

/// A block given inside a parent tag, and the template it was written in (for diagnostics).
struct BlockOverride: Sendable {
    var block: Block
    var template: CompiledTemplate
}
