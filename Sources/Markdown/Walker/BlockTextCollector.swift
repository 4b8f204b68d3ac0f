/// Writes the plain text of blocks (``Block/plainText(of:)``) in one pass with a stack of open containers.
///
/// The text of a container is its blocks' texts, empty ones skipped, joined by blank lines (a list's items by
/// single newlines). Rather than joining the texts of the containers level by level, which recursion would do
/// and which copies deep text once per level, separators are written lazily, once a block turns out non-empty.
struct BlockTextCollector {
    private(set) var text = ""

    /// A container's blocks being collected.
    private struct Frame {
        let blocks: [Block]
        var next = 0
        /// Whether the container's text so far is non-empty.
        var hasText = false
        /// The list whose item `item` the blocks belong to.
        var list: List?
        var item = 0
    }

    private var stack: [Frame] = []
    /// The blank line owed before the next text, by the frame at this index.
    private var pendingSeparator: Int?

    mutating func collect(_ blocks: [Block]) {
        stack = [Frame(blocks: blocks)]
        while let top = stack.indices.last {
            let index = stack[top].next
            guard index < stack[top].blocks.count else {
                let frame = stack.removeLast()
                if pendingSeparator == top { pendingSeparator = nil }
                if let list = frame.list, frame.item + 1 < list.items.count {
                    append("\n")
                    stack.append(Frame(blocks: list.items[frame.item + 1].children, list: list, item: frame.item + 1))
                }
                continue
            }
            stack[top].next += 1
            if stack[top].hasText { pendingSeparator = top }
            switch stack[top].blocks[index] {
            case .paragraph(let node):
                append(Inline.plainText(of: node.children))
            case .heading(let node):
                append(Inline.plainText(of: node.children))
            case .thematicBreak, .htmlBlock:
                break
            case .blockQuote(let node):
                stack.append(Frame(blocks: node.children))
            case .footnoteDefinition(let node):
                stack.append(Frame(blocks: node.children))
            case .list(let node):
                if let first = node.items.first { stack.append(Frame(blocks: first.children, list: node)) }
            case .codeBlock(let node):
                append(String(node.code.dropLast(node.code.hasSuffix("\n") ? 1 : 0)))
            case .table(let node):
                append(([node.head] + node.body).map { row in
                    row.cells.map { Inline.plainText(of: $0.children) }.joined(separator: " ")
                }.joined(separator: "\n"))
            }
        }
    }

    /// Appends non-empty text after the separator it is owed; every open container now has text.
    private mutating func append(_ string: String) {
        guard !string.isEmpty else { return }
        if pendingSeparator != nil {
            text += "\n\n"
            pendingSeparator = nil
        }
        text += string
        var index = stack.count - 1
        while index >= 0 && !stack[index].hasText {
            stack[index].hasText = true
            index -= 1
        }
    }
}
