/// Traversals of the tree. Each keeps its own stack of the containers it is inside: recursion would follow the
/// nesting of the document, which a source can make deep enough to overflow a thread's stack. The in-place ones
/// move a container's children out while visiting them and put them back after, so that nothing is copied.
extension Block {
    /// The blocks of a container being visited in place, and where to put them back.
    private struct LeafWalkFrame {
        var blocks: [Block]
        var next = 0
        let context: TextContext
        /// The block quote or footnote definition the blocks were moved out of.
        var container: Block?
        /// The list whose item `item` the blocks were moved out of.
        var list: List?
        var item = 0
    }

    /// Calls `body` with the inline content of every leaf block (paragraph, heading, table cell) in order.
    static func forEachLeaf(in blocks: inout [Block], context: TextContext, _ body: (inout [Inline], TextContext) -> Void) {
        var stack = [LeafWalkFrame(blocks: blocks.moved(), context: context)]
        while let top = stack.indices.last {
            let index = stack[top].next
            guard index < stack[top].blocks.count else {
                var frame = stack.removeLast()
                if var container = frame.container.moved() {
                    container.setChildren(frame.blocks.moved())
                    stack[stack.count - 1].blocks[stack[stack.count - 1].next - 1] = container
                } else if var list = frame.list.moved() {
                    list.items[frame.item].children = frame.blocks.moved()
                    if frame.item + 1 < list.items.count {
                        let children = list.items[frame.item + 1].children.moved()
                        stack.append(LeafWalkFrame(blocks: children, context: frame.context, list: list, item: frame.item + 1))
                    } else {
                        stack[stack.count - 1].blocks[stack[stack.count - 1].next - 1] = .list(list)
                    }
                } else {
                    blocks = frame.blocks.moved()
                }
                continue
            }
            stack[top].next += 1
            let context = stack[top].context
            switch stack[top].blocks[index] {
            case .paragraph, .heading, .table:
                stack[top].blocks[index].forEachLeafOfLeafBlock(context: context, body)
            case .blockQuote, .footnoteDefinition:
                var container = stack[top].blocks[index].moved()
                let inner = context.union(container.isBlockQuote ? .blockQuote : .footnote)
                let children = container.takeChildren()
                stack.append(LeafWalkFrame(blocks: children, context: inner, container: container))
            case .list:
                guard case .list(var list) = stack[top].blocks[index].moved() else { continue }
                guard !list.items.isEmpty else {
                    stack[top].blocks[index] = .list(list)
                    continue
                }
                let children = list.items[0].children.moved()
                stack.append(LeafWalkFrame(blocks: children, context: context.union(.listItem), list: list))
            case .thematicBreak, .codeBlock, .htmlBlock:
                break
            }
        }
    }

    /// `forEachLeaf` on a paragraph, heading or table.
    private mutating func forEachLeafOfLeafBlock(context: TextContext, _ body: (inout [Inline], TextContext) -> Void) {
        switch self {
        case .paragraph(var node):
            self = .thematicBreak(ThematicBreak(range: node.range))
            body(&node.children, context)
            self = .paragraph(node)
        case .heading(var node):
            self = .thematicBreak(ThematicBreak(range: node.range))
            body(&node.children, context.union(.heading))
            self = .heading(node)
        case .table(var node):
            self = .thematicBreak(ThematicBreak(range: node.range))
            let cellContext = context.union(.tableCell)
            for index in node.head.cells.indices { body(&node.head.cells[index].children, cellContext) }
            for row in node.body.indices {
                for index in node.body[row].cells.indices { body(&node.body[row].cells[index].children, cellContext) }
            }
            self = .table(node)
        default:
            break
        }
    }

    private var isBlockQuote: Bool {
        if case .blockQuote = self { true } else { false }
    }

    /// Moves the children of a block quote or footnote definition out, leaving it empty.
    private mutating func takeChildren() -> [Block] {
        switch self {
        case .blockQuote(var node):
            self = .thematicBreak(ThematicBreak(range: node.range))
            let children = node.children.moved()
            self = .blockQuote(node)
            return children
        case .footnoteDefinition(var node):
            self = .thematicBreak(ThematicBreak(range: node.range))
            let children = node.children.moved()
            self = .footnoteDefinition(node)
            return children
        default:
            return []
        }
    }

    /// Gives a block quote or footnote definition its children back.
    private mutating func setChildren(_ children: [Block]) {
        switch self {
        case .blockQuote(var node):
            self = .thematicBreak(ThematicBreak(range: node.range))
            node.children = children
            self = .blockQuote(node)
        case .footnoteDefinition(var node):
            self = .thematicBreak(ThematicBreak(range: node.range))
            node.children = children
            self = .footnoteDefinition(node)
        default:
            break
        }
    }

    /// Calls `body` with every block of `blocks` and their descendants, pre-order.
    static func forEach(in blocks: [Block], _ body: (Block) -> Void) {
        var stack = [(blocks: blocks, next: 0)]
        while let top = stack.indices.last {
            let index = stack[top].next
            guard index < stack[top].blocks.count else {
                stack.removeLast()
                continue
            }
            stack[top].next += 1
            let block = stack[top].blocks[index]
            body(block)
            switch block {
            case .blockQuote(let node): stack.append((node.children, 0))
            case .footnoteDefinition(let node): stack.append((node.children, 0))
            // Last item first, so that items are visited in order.
            case .list(let node): for item in node.items.reversed() { stack.append((item.children, 0)) }
            default: break
            }
        }
    }
}

extension Inline {
    /// The inlines of a container being visited in place, and the container to put them back into.
    private struct WalkFrame {
        var inlines: [Inline]
        var next = 0
        let context: TextContext
        var container: Inline?
    }

    /// Calls `visit` on every inline of `inlines` and their descendants, pre-order, with their context.
    static func forEach(in inlines: inout [Inline], context: TextContext, _ visit: (inout Inline, TextContext) -> Void) {
        var stack = [WalkFrame(inlines: inlines.moved(), context: context)]
        while let top = stack.indices.last {
            let index = stack[top].next
            guard index < stack[top].inlines.count else {
                var frame = stack.removeLast()
                guard var container = frame.container.moved() else {
                    inlines = frame.inlines.moved()
                    continue
                }
                container.setChildren(frame.inlines.moved())
                stack[stack.count - 1].inlines[stack[stack.count - 1].next - 1] = container
                continue
            }
            stack[top].next += 1
            let context = stack[top].context
            visit(&stack[top].inlines[index], context)
            guard let kind = stack[top].inlines[index].containerContext else { continue }
            var container = stack[top].inlines[index].moved()
            let children = container.takeChildren()
            stack.append(WalkFrame(inlines: children, context: context.union(kind), container: container))
        }
    }

    /// Calls `visit` on every inline of `inlines` and their descendants, pre-order.
    static func forEach(in inlines: [Inline], _ visit: (Inline) -> Void) {
        var stack = [(inlines: inlines, next: 0)]
        while let top = stack.indices.last {
            let index = stack[top].next
            guard index < stack[top].inlines.count else {
                stack.removeLast()
                continue
            }
            stack[top].next += 1
            let inline = stack[top].inlines[index]
            visit(inline)
            if inline.containerContext != nil { stack.append((inline.children, 0)) }
        }
    }

    /// The context a container gives its children; `nil` for leaves.
    private var containerContext: TextContext? {
        switch self {
        case .emphasis: .emphasis
        case .strong: .strong
        case .strikethrough: .strikethrough
        case .link: .link
        case .image: .image
        case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference: nil
        }
    }

    /// Moves the children of a container out, leaving it empty.
    private mutating func takeChildren() -> [Inline] {
        let placeholder = Inline.softBreak(range)
        switch self {
        case .emphasis(var node):
            self = placeholder
            defer { self = .emphasis(node) }
            return node.children.moved()
        case .strong(var node):
            self = placeholder
            defer { self = .strong(node) }
            return node.children.moved()
        case .strikethrough(var node):
            self = placeholder
            defer { self = .strikethrough(node) }
            return node.children.moved()
        case .link(var node):
            self = placeholder
            defer { self = .link(node) }
            return node.children.moved()
        case .image(var node):
            self = placeholder
            defer { self = .image(node) }
            return node.children.moved()
        case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference:
            return []
        }
    }

    /// Gives a container its children back.
    private mutating func setChildren(_ children: [Inline]) {
        let placeholder = Inline.softBreak(range)
        switch self {
        case .emphasis(var node):
            self = placeholder
            node.children = children
            self = .emphasis(node)
        case .strong(var node):
            self = placeholder
            node.children = children
            self = .strong(node)
        case .strikethrough(var node):
            self = placeholder
            node.children = children
            self = .strikethrough(node)
        case .link(var node):
            self = placeholder
            node.children = children
            self = .link(node)
        case .image(var node):
            self = placeholder
            node.children = children
            self = .image(node)
        case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference:
            break
        }
    }
}

extension Array {
    /// The array, leaving an empty one in its place: moves it out of a container without copying its buffer.
    mutating func moved() -> [Element] {
        var result = [Element]()
        swap(&result, &self)
        return result
    }
}

extension Optional {
    /// The value, leaving `nil` in its place, so that the caller holds the only reference to its storage.
    mutating func moved() -> Wrapped? {
        defer { self = nil }
        return self
    }
}

extension Block {
    /// The block, leaving a placeholder in its place, so that the caller holds the only reference to its storage.
    mutating func moved() -> Block {
        var result = Block.thematicBreak(ThematicBreak(range: range))
        swap(&result, &self)
        return result
    }
}

extension Inline {
    /// The inline, leaving a placeholder in its place, so that the caller holds the only reference to its storage.
    mutating func moved() -> Inline {
        var result = Inline.softBreak(range)
        swap(&result, &self)
        return result
    }
}
