/// In-place traversals of the tree. Their recursion follows the nesting of the tree, which the parser
/// caps at ``MarkdownParser/maximumNestingDepth``, so it is bounded whatever the document.
extension Block {
    /// Calls `body` with the inline content of every leaf block (paragraph, heading, table cell) in order.
    mutating func forEachLeaf(context: TextContext, _ body: (inout [Inline], TextContext) -> Void) {
        switch self {
        case .paragraph(var node):
            body(&node.children, context)
            self = .paragraph(node)
        case .heading(var node):
            body(&node.children, context.union(.heading))
            self = .heading(node)
        case .blockQuote(var node):
            Self.forEachLeaf(in: &node.children, context: context.union(.blockQuote), body)
            self = .blockQuote(node)
        case .list(var node):
            for index in node.items.indices {
                Self.forEachLeaf(in: &node.items[index].children, context: context.union(.listItem), body)
            }
            self = .list(node)
        case .table(var node):
            let cellContext = context.union(.tableCell)
            for index in node.head.cells.indices { body(&node.head.cells[index].children, cellContext) }
            for row in node.body.indices {
                for index in node.body[row].cells.indices { body(&node.body[row].cells[index].children, cellContext) }
            }
            self = .table(node)
        case .footnoteDefinition(var node):
            Self.forEachLeaf(in: &node.children, context: context.union(.footnote), body)
            self = .footnoteDefinition(node)
        case .thematicBreak, .codeBlock, .htmlBlock:
            break
        }
    }

    static func forEachLeaf(in blocks: inout [Block], context: TextContext, _ body: (inout [Inline], TextContext) -> Void) {
        for index in blocks.indices { blocks[index].forEachLeaf(context: context, body) }
    }

    /// Calls `body` with every block, pre-order.
    func forEachBlock(_ body: (Block) -> Void) {
        body(self)
        switch self {
        case .blockQuote(let node): node.children.forEach { $0.forEachBlock(body) }
        case .list(let node): node.items.forEach { $0.children.forEach { $0.forEachBlock(body) } }
        case .footnoteDefinition(let node): node.children.forEach { $0.forEachBlock(body) }
        default: break
        }
    }

    /// The inline content of this block if it is a leaf (paragraph, heading), else nothing.
    var leafInlines: [Inline]? {
        switch self {
        case .paragraph(let node): node.children
        case .heading(let node): node.children
        default: nil
        }
    }
}

extension Inline {
    /// Calls `visit` on every inline of `inlines` and their descendants, pre-order, with their context.
    static func forEach(in inlines: inout [Inline], context: TextContext, _ visit: (inout Inline, TextContext) -> Void) {
        for index in inlines.indices {
            visit(&inlines[index], context)
            switch inlines[index] {
            case .emphasis(var node):
                forEach(in: &node.children, context: context.union(.emphasis), visit)
                inlines[index] = .emphasis(node)
            case .strong(var node):
                forEach(in: &node.children, context: context.union(.strong), visit)
                inlines[index] = .strong(node)
            case .strikethrough(var node):
                forEach(in: &node.children, context: context.union(.strikethrough), visit)
                inlines[index] = .strikethrough(node)
            case .link(var node):
                forEach(in: &node.children, context: context.union(.link), visit)
                inlines[index] = .link(node)
            case .image(var node):
                forEach(in: &node.children, context: context.union(.image), visit)
                inlines[index] = .image(node)
            default:
                break
            }
        }
    }

    /// Calls `visit` on every inline of `inlines` and their descendants, pre-order.
    static func forEach(in inlines: [Inline], _ visit: (Inline) -> Void) {
        for inline in inlines {
            visit(inline)
            forEach(in: inline.children, visit)
        }
    }
}
