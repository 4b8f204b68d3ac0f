/// The kinds of block the block parser builds.
enum BlockKind: Equatable {
    case document
    case blockQuote
    case list
    case item
    case paragraph
    case heading
    case thematicBreak
    case codeBlock
    case htmlBlock
    case table
    case footnoteDefinition

    /// Whether lines are added to the block itself rather than to a child.
    var acceptsLines: Bool {
        switch self {
        case .paragraph, .codeBlock, .htmlBlock, .table: true
        default: false
        }
    }

    /// Whether a block of this kind may contain a block of kind `child`.
    func canContain(_ child: BlockKind) -> Bool {
        switch self {
        case .document, .blockQuote, .item, .footnoteDefinition: child != .item
        case .list: child == .item
        default: false
        }
    }
}

/// Where a line of a leaf block's content came from, to give inline nodes their source ranges.
struct LineOrigin {
    /// Offset of the line's first byte in the block's content.
    var contentOffset: Int
    /// 1-based source line.
    var line: Int
    /// 1-based source column (UTF-8 bytes) of the line's first content byte.
    var column: Int
}

/// The list marker details of a list or list item.
struct ListData: Equatable {
    var isBullet: Bool
    var bulletChar: UInt8
    var start: Int
    var delimiter: UInt8
    var markerOffset: Int
    var padding: Int

    /// Whether an item with these details continues a list with `other`'s.
    func sameKind(as other: ListData) -> Bool {
        isBullet == other.isBullet && bulletChar == other.bulletChar && delimiter == other.delimiter
    }
}

/// A mutable block under construction; converted to the value-type ``Block`` once parsing ends.
final class BlockNode {
    let kind: BlockKind
    unowned(unsafe) var parent: BlockNode?
    var children: [BlockNode] = []
    var isOpen = true
    var lastLineBlank = false
    /// Number of container ancestors, to cap nesting.
    let depth: Int

    var startLine: Int
    var startColumn: Int
    var endLine = 0
    var endColumn = 0

    /// Raw content of leaf blocks (paragraph lines, code, HTML), each line ending with a newline.
    var content: [UInt8] = []
    var origins: [LineOrigin] = []

    var listData = ListData(isBullet: true, bulletChar: 0, start: 1, delimiter: 0, markerOffset: 0, padding: 0)
    var isTight = true
    var checkbox: ListItem.Checkbox?

    var headingLevel = 0
    var isFenced = false
    var fenceChar: UInt8 = 0
    var fenceLength = 0
    var fenceOffset = 0
    var info: [UInt8] = []
    var htmlBlockType = 0

    var footnoteLabel = ""
    var tableAlignments: [Table.Alignment] = []
    /// Each table row's content range in `content` and its origin.
    var tableRows: [(range: Range<Int>, origin: LineOrigin)] = []

    init(kind: BlockKind, parent: BlockNode?, line: Int, column: Int) {
        self.kind = kind
        self.parent = parent
        self.depth = (parent?.depth ?? 0) + 1
        self.startLine = line
        self.startColumn = column
    }

    var lastChild: BlockNode? { children.last }

    /// Removes the last child (used when a paragraph turns into a setext heading or only held definitions).
    func removeLastChild() {
        children.removeLast()
    }
}
