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
    /// Offset of the line's first byte in the parser's shared leaf content buffer.
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
/// Its properties are exempt from dynamic exclusivity checks (hot during parsing); the block parser
/// is single-threaded and never passes them inout to code that reaches the same node.
final class BlockNode {
    let kind: BlockKind
    unowned(unsafe) var parent: BlockNode?
    @exclusivity(unchecked) var children: [BlockNode] = []
    @exclusivity(unchecked) var isOpen = true
    @exclusivity(unchecked) var lastLineBlank = false

    @exclusivity(unchecked) var startLine: Int
    @exclusivity(unchecked) var startColumn: Int
    @exclusivity(unchecked) var endLine = 0
    @exclusivity(unchecked) var endColumn = 0

    /// Raw content of leaf blocks (paragraph lines, code, HTML), each line ending with a newline: a range of
    /// ``LeafContent/bytes`` (one shared buffer instead of an array per block).
    @exclusivity(unchecked) var content: Range<Int> = 0..<0
    /// The origins of the content's lines: a range of ``LeafContent/origins``.
    @exclusivity(unchecked) var origins: Range<Int> = 0..<0

    @exclusivity(unchecked) var listData = ListData(isBullet: true, bulletChar: 0, start: 1, delimiter: 0, markerOffset: 0, padding: 0)
    @exclusivity(unchecked) var isTight = true
    @exclusivity(unchecked) var checkbox: ListItem.Checkbox?

    @exclusivity(unchecked) var headingLevel = 0
    @exclusivity(unchecked) var isFenced = false
    @exclusivity(unchecked) var fenceChar: UInt8 = 0
    @exclusivity(unchecked) var fenceLength = 0
    @exclusivity(unchecked) var fenceOffset = 0
    @exclusivity(unchecked) var info: [UInt8] = []
    @exclusivity(unchecked) var htmlBlockType = 0

    @exclusivity(unchecked) var footnoteLabel = ""
    /// Set on tables only, to keep other blocks small.
    @exclusivity(unchecked) var table: TableData?

    init(kind: BlockKind, parent: BlockNode?, line: Int, column: Int) {
        self.kind = kind
        self.parent = parent
        self.startLine = line
        self.startColumn = column
    }

    var lastChild: BlockNode? { children.last }

    /// Drops the children once the node has been converted.
    func release() {
        children = []
    }

    /// Removes the last child (used when a paragraph turns into a setext heading or only held definitions).
    func removeLastChild() {
        children.removeLast()
    }
}

/// The parts of a table block under construction.
struct TableData {
    var alignments: [Table.Alignment]
    /// Each row's range in the leaf content buffer, and its origin.
    var rows: [(range: Range<Int>, origin: LineOrigin)]
}
