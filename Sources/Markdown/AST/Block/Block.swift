/// A block-level node: the structure of a document (paragraphs, headings, lists…).
public enum Block: Sendable, Equatable {
    /// A paragraph.
    case paragraph(Paragraph)
    /// An ATX or setext heading.
    case heading(Heading)
    /// A thematic break (`---`).
    case thematicBreak(ThematicBreak)
    /// A block quote (`>`).
    case blockQuote(BlockQuote)
    /// A bullet or ordered list.
    case list(List)
    /// An indented or fenced code block.
    case codeBlock(CodeBlock)
    /// Raw HTML.
    case htmlBlock(HTMLBlock)
    /// A GFM table (extension).
    case table(Table)
    /// A GFM footnote definition (extension), rendered at the end of the document.
    case footnoteDefinition(FootnoteDefinition)

    /// The source range of the block.
    public var range: SourceRange {
        switch self {
        case .paragraph(let node): node.range
        case .heading(let node): node.range
        case .thematicBreak(let node): node.range
        case .blockQuote(let node): node.range
        case .list(let node): node.range
        case .codeBlock(let node): node.range
        case .htmlBlock(let node): node.range
        case .table(let node): node.range
        case .footnoteDefinition(let node): node.range
        }
    }
}

extension Block: TreeElement {
    static func dismantle(_ elements: inout [Block]) { dismantleSubtrees(&elements) }

    static func appendChildStorages(of element: consuming Block, to boxes: inout [ChildStorage<Block>]) {
        switch consume element {
        case .blockQuote(let node): boxes.append(node.childList.storage)
        case .list(let node): for item in node.items { boxes.append(item.childList.storage) }
        case .footnoteDefinition(let node): boxes.append(node.childList.storage)
        case .paragraph, .heading, .thematicBreak, .codeBlock, .htmlBlock, .table: break
        }
    }
}
