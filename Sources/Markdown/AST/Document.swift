/// A parsed Markdown document: the root of a value-type syntax tree.
///
/// Parse with ``MarkdownParser/parse(_:options:)``, render with ``HTMLRenderer`` or ``PlainTextRenderer``,
/// inspect with ``Document/headings``, ``Document/links``, ``Document/plainText``, and transform with
/// ``Document/mapText(_:)``, ``Document/mapTextSequences(_:)`` and ``Document/mapDestinations(_:)``.
/// Every node carries the ``SourceRange`` it was parsed from.
///
/// Nesting is not capped: 50,000 nested block quotes give 50,000 nested ``BlockQuote``s, as in cmark. Parsing,
/// rendering, walking, comparing and freeing the tree use explicit stacks rather than recursion (container
/// children are boxed in storage that frees its subtree iteratively), so no document can exhaust a thread's
/// stack, however deep it nests.
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
