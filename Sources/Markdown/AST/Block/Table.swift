/// A GFM table (extension): a header row, a delimiter row giving alignments, and body rows.
public struct Table: Sendable, Equatable {
    /// The horizontal alignment of a column.
    public enum Alignment: Sendable, Equatable {
        /// `---`: no `align` attribute.
        case none
        /// `:--`
        case left
        /// `:-:`
        case center
        /// `--:`
        case right
    }

    /// One alignment per column.
    public var alignments: [Alignment]
    /// The header row.
    public var head: TableRow
    /// The body rows; each has exactly `alignments.count` cells (missing cells are empty, extra ones dropped).
    public var body: [TableRow]
    /// Where the table was parsed from.
    public var range: SourceRange

    /// Creates a table.
    public init(alignments: [Alignment], head: TableRow, body: [TableRow], range: SourceRange) {
        self.alignments = alignments
        self.head = head
        self.body = body
        self.range = range
    }
}

/// A row of a ``Table``.
public struct TableRow: Sendable, Equatable {
    /// The cells.
    public var cells: [TableCell]
    /// Where the row was parsed from.
    public var range: SourceRange

    /// Creates a row.
    public init(cells: [TableCell], range: SourceRange) {
        self.cells = cells
        self.range = range
    }
}

/// A cell of a ``TableRow``.
public struct TableCell: Sendable, Equatable {
    /// The inline content.
    public var children: [Inline]
    /// Where the cell was parsed from.
    public var range: SourceRange

    /// Creates a cell.
    public init(children: [Inline], range: SourceRange) {
        self.children = children
        self.range = range
    }
}
