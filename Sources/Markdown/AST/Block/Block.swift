/// A block-level node: the structure of a document (paragraphs, headings, lists…).
public enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    case heading(Heading)
    case thematicBreak(ThematicBreak)
    case blockQuote(BlockQuote)
    case list(List)
    case codeBlock(CodeBlock)
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
