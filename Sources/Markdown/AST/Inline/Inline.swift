/// An inline node: the content of paragraphs, headings and table cells.
public enum Inline: Sendable, Equatable {
    /// Literal text.
    case text(Text)
    /// A line ending inside a paragraph (rendered as a newline or a space).
    case softBreak(SourceRange)
    /// A hard line break (two trailing spaces or a backslash before the newline).
    case lineBreak(SourceRange)
    /// A code span.
    case code(InlineCode)
    /// Raw inline HTML.
    case html(InlineHTML)
    /// Emphasis (`<em>`).
    case emphasis(Emphasis)
    /// Strong emphasis (`<strong>`).
    case strong(Strong)
    /// GFM strikethrough (extension).
    case strikethrough(Strikethrough)
    /// A link (boxed, like images, so that the common cases stay small in arrays).
    indirect case link(Link)
    /// An image.
    indirect case image(Image)
    /// A GFM footnote reference (extension), `[^label]`.
    case footnoteReference(FootnoteReference)

    /// The source range of the node.
    public var range: SourceRange {
        switch self {
        case .text(let node): node.range
        case .softBreak(let range), .lineBreak(let range): range
        case .code(let node): node.range
        case .html(let node): node.range
        case .emphasis(let node): node.range
        case .strong(let node): node.range
        case .strikethrough(let node): node.range
        case .link(let node): node.range
        case .image(let node): node.range
        case .footnoteReference(let node): node.range
        }
    }

    /// The inline children of a container node (emphasis, link…), empty for leaves.
    public var children: [Inline] {
        switch self {
        case .emphasis(let node): node.children
        case .strong(let node): node.children
        case .strikethrough(let node): node.children
        case .link(let node): node.children
        case .image(let node): node.children
        default: []
        }
    }
}

extension Inline: TreeElement {
    static func dismantle(_ elements: inout [Inline]) { dismantleSubtrees(&elements) }

    static func appendChildStorages(of element: consuming Inline, to boxes: inout [ChildStorage<Inline>]) {
        switch consume element {
        case .emphasis(let node): boxes.append(node.childList.storage)
        case .strong(let node): boxes.append(node.childList.storage)
        case .strikethrough(let node): boxes.append(node.childList.storage)
        case .link(let node): boxes.append(node.childList.storage)
        case .image(let node): boxes.append(node.childList.storage)
        case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference: break
        }
    }
}
