/// A parsed Markdown document: the root of a value-type syntax tree.
///
/// Parse with ``MarkdownParser/parse(_:options:)``, render with ``HTMLRenderer`` or ``PlainTextRenderer``,
/// inspect with ``Document/headings``, ``Document/links``, ``Document/plainText``, and transform with
/// ``Document/mapText(_:)``, ``Document/mapTextSequences(_:)`` and ``Document/mapDestinations(_:)``.
/// Every node carries the ``SourceRange`` it was parsed from.
///
/// Nesting is capped (see ``MarkdownParser/maximumNestingDepth``) so that no document can make the
/// tree deep enough to exhaust the stack while it is walked, rendered or freed.
public struct Document: Sendable, Equatable {
    /// The top-level blocks, in source order.
    public var children: [Block]
    /// The whole source.
    public var range: SourceRange

    /// Creates a document from its blocks.
    public init(children: [Block], range: SourceRange) {
        self.children = children
        self.range = range
    }
}
