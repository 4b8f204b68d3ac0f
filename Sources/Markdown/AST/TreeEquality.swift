/// Equality of syntax trees, compared with work lists of sibling arrays: a synthesized `==` recurses once per
/// level of nesting, which a deeply nested document would drive into a stack overflow.
enum TreeEquality {
    static func equal(_ lhs: [Block], _ rhs: [Block]) -> Bool {
        var blocks = [(lhs, rhs)]
        var inlines = [([Inline], [Inline])]()
        while let (left, right) = blocks.popLast() {
            guard left.count == right.count else { return false }
            for index in left.indices {
                guard shallowEqual(left[index], right[index], blocks: &blocks, inlines: &inlines) else { return false }
            }
        }
        return equal(pending: &inlines)
    }

    static func equal(_ lhs: [Inline], _ rhs: [Inline]) -> Bool {
        var pending = [(lhs, rhs)]
        return equal(pending: &pending)
    }

    private static func equal(pending: inout [([Inline], [Inline])]) -> Bool {
        while let (left, right) = pending.popLast() {
            guard left.count == right.count else { return false }
            for index in left.indices {
                guard shallowEqual(left[index], right[index], pending: &pending) else { return false }
            }
        }
        return true
    }

    /// Compares two blocks without their descendants, which are queued (unless both share the same box).
    private static func shallowEqual(_ lhs: Block, _ rhs: Block, blocks: inout [([Block], [Block])],
                                     inlines: inout [([Inline], [Inline])]) -> Bool {
        switch (lhs, rhs) {
        case (.paragraph(let left), .paragraph(let right)):
            guard left.range == right.range else { return false }
            inlines.append((left.children, right.children))
        case (.heading(let left), .heading(let right)):
            guard left.level == right.level && left.range == right.range else { return false }
            inlines.append((left.children, right.children))
        case (.thematicBreak(let left), .thematicBreak(let right)):
            return left == right
        case (.blockQuote(let left), .blockQuote(let right)):
            guard left.range == right.range else { return false }
            queue(left.childList, right.childList, into: &blocks)
        case (.list(let left), .list(let right)):
            guard left.kind == right.kind && left.isTight == right.isTight && left.range == right.range
                && left.items.count == right.items.count else { return false }
            for (leftItem, rightItem) in zip(left.items, right.items) {
                guard leftItem.checkbox == rightItem.checkbox && leftItem.range == rightItem.range else { return false }
                queue(leftItem.childList, rightItem.childList, into: &blocks)
            }
        case (.codeBlock(let left), .codeBlock(let right)):
            return left == right
        case (.htmlBlock(let left), .htmlBlock(let right)):
            return left == right
        case (.table(let left), .table(let right)):
            guard left.alignments == right.alignments && left.range == right.range
                && left.body.count == right.body.count else { return false }
            for (leftRow, rightRow) in zip([left.head] + left.body, [right.head] + right.body) {
                guard leftRow.range == rightRow.range && leftRow.cells.count == rightRow.cells.count else { return false }
                for (leftCell, rightCell) in zip(leftRow.cells, rightRow.cells) {
                    guard leftCell.range == rightCell.range else { return false }
                    inlines.append((leftCell.children, rightCell.children))
                }
            }
        case (.footnoteDefinition(let left), .footnoteDefinition(let right)):
            guard left.label == right.label && left.range == right.range else { return false }
            queue(left.childList, right.childList, into: &blocks)
        default:
            return false
        }
        return true
    }

    /// Compares two inlines without their descendants, which are queued (unless both share the same box).
    private static func shallowEqual(_ lhs: Inline, _ rhs: Inline, pending: inout [([Inline], [Inline])]) -> Bool {
        switch (lhs, rhs) {
        case (.text(let left), .text(let right)):
            return left == right
        case (.softBreak(let left), .softBreak(let right)), (.lineBreak(let left), .lineBreak(let right)):
            return left == right
        case (.code(let left), .code(let right)):
            return left == right
        case (.html(let left), .html(let right)):
            return left == right
        case (.footnoteReference(let left), .footnoteReference(let right)):
            return left == right
        case (.emphasis(let left), .emphasis(let right)):
            guard left.range == right.range else { return false }
            queue(left.childList, right.childList, into: &pending)
        case (.strong(let left), .strong(let right)):
            guard left.range == right.range else { return false }
            queue(left.childList, right.childList, into: &pending)
        case (.strikethrough(let left), .strikethrough(let right)):
            guard left.range == right.range else { return false }
            queue(left.childList, right.childList, into: &pending)
        case (.link(let left), .link(let right)):
            guard left.destination == right.destination && left.title == right.title && left.kind == right.kind
                && left.range == right.range else { return false }
            queue(left.childList, right.childList, into: &pending)
        case (.image(let left), .image(let right)):
            guard left.source == right.source && left.title == right.title && left.range == right.range else { return false }
            queue(left.childList, right.childList, into: &pending)
        default:
            return false
        }
        return true
    }

    private static func queue<Element>(_ lhs: ChildList<Element>, _ rhs: ChildList<Element>,
                                       into pending: inout [([Element], [Element])]) {
        if !lhs.isIdentical(to: rhs) { pending.append((lhs.elements, rhs.elements)) }
    }
}

extension Block {
    public static func == (lhs: Block, rhs: Block) -> Bool { TreeEquality.equal([lhs], [rhs]) }
}

extension Inline {
    public static func == (lhs: Inline, rhs: Inline) -> Bool { TreeEquality.equal([lhs], [rhs]) }
}

extension BlockQuote {
    public static func == (lhs: BlockQuote, rhs: BlockQuote) -> Bool {
        TreeEquality.equal([.blockQuote(lhs)], [.blockQuote(rhs)])
    }
}

extension ListItem {
    public static func == (lhs: ListItem, rhs: ListItem) -> Bool {
        lhs.checkbox == rhs.checkbox && lhs.range == rhs.range && TreeEquality.equal(lhs.children, rhs.children)
    }
}

extension FootnoteDefinition {
    public static func == (lhs: FootnoteDefinition, rhs: FootnoteDefinition) -> Bool {
        TreeEquality.equal([.footnoteDefinition(lhs)], [.footnoteDefinition(rhs)])
    }
}

extension Emphasis {
    public static func == (lhs: Emphasis, rhs: Emphasis) -> Bool { TreeEquality.equal([.emphasis(lhs)], [.emphasis(rhs)]) }
}

extension Strong {
    public static func == (lhs: Strong, rhs: Strong) -> Bool { TreeEquality.equal([.strong(lhs)], [.strong(rhs)]) }
}

extension Strikethrough {
    public static func == (lhs: Strikethrough, rhs: Strikethrough) -> Bool {
        TreeEquality.equal([.strikethrough(lhs)], [.strikethrough(rhs)])
    }
}

extension Link {
    public static func == (lhs: Link, rhs: Link) -> Bool { TreeEquality.equal([.link(lhs)], [.link(rhs)]) }
}

extension Image {
    public static func == (lhs: Image, rhs: Image) -> Bool { TreeEquality.equal([.image(lhs)], [.image(rhs)]) }
}
