/// Splits a table row on unescaped pipes, ignoring a leading and a trailing pipe.
enum TableRowSplitter {
    /// The trimmed byte ranges of the row's cells.
    static func cells(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end && ByteClass.isASCIIWhitespace(bytes[start]) { start += 1 }
        while end > start && ByteClass.isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
        if start < end && bytes[start] == UInt8(ascii: "|") { start += 1 }
        if end > start && bytes[end - 1] == UInt8(ascii: "|") && !(end - 2 >= start && bytes[end - 2] == UInt8(ascii: "\\")) {
            end -= 1
        }
        var cells = [Range<Int>]()
        var cellStart = start
        var index = start
        while index <= end {
            if index == end || bytes[index] == UInt8(ascii: "|") {
                cells.append(trim(bytes, cellStart..<index))
                cellStart = index + 1
            } else if bytes[index] == UInt8(ascii: "\\") {
                index += 1
            }
            index += 1
        }
        return cells
    }

    private static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = min(range.upperBound, bytes.count)
        while start < end && ByteClass.isSpaceOrTab(bytes[start]) { start += 1 }
        while end > start && ByteClass.isSpaceOrTab(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// Whether the cell holds a `\|`, which ``unescapedPipes(_:_:)`` changes.
    static func hasEscapedPipe(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            if bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "|") { return true }
            index += 1
        }
        return false
    }

    /// The cell's bytes with `\|` unescaped to `|`, as GFM does before inline parsing.
    static func unescapedPipes(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "\\") && index + 1 < range.upperBound && bytes[index + 1] == UInt8(ascii: "|") {
                index += 1
            }
            output.append(bytes[index])
            index += 1
        }
        return output
    }
}
