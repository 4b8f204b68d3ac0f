import Diagnostics

/// A byte offset in the input with its line and column (in Unicode scalars), kept up to date as it moves.
struct Cursor {
    var offset = 0
    var line: Int
    var column = 1
    /// Offset of the first byte of the current line.
    var lineStart = 0

    init(line: Int) { self.line = line }

    var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// Moves past the byte at `offset`.
    mutating func advance(in bytes: [UInt8]) {
        let byte = bytes[offset]
        offset += 1
        if byte == .lineFeed {
            line += 1
            column = 1
            lineStart = offset
        } else if offset >= bytes.count || !bytes[offset].isUTF8Continuation {
            column += 1
        }
    }
}
