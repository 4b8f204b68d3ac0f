/// The Markdown syntax around a link, so an identifying link is replaced whole: `[text](url)` and `<url>`
/// become one marker instead of leaving broken link syntax behind.
enum MarkdownLink {
    /// How far the syntax around a link is looked for, so that a huge line with many links stays linear.
    private static let searchLimit = 2_000

    /// The range to replace for the link at `link`: the whole inline link or autolink when `link` is its
    /// destination, else the link itself.
    static func extent(of link: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let start = link.lowerBound
        let end = link.upperBound
        if start >= 1, end < bytes.count, bytes[start - 1] == UInt8(ascii: "<"), bytes[end] == UInt8(ascii: ">") {
            return (start - 1)..<(end + 1)
        }
        guard start >= 2, bytes[start - 1] == UInt8(ascii: "("), bytes[start - 2] == UInt8(ascii: "]") else { return link }
        let close = closingParenthesis(from: end, in: bytes)
        guard let close, let open = openingBracket(before: start - 2, in: bytes) else { return link }
        return open..<(close + 1)
    }

    /// The `)` closing an inline link's destination, allowing an optional title on the same line.
    private static func closingParenthesis(from index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = index
        let limit = min(bytes.count, index + searchLimit)
        while position < limit, bytes[position] != UInt8(ascii: "\n") {
            if bytes[position] == UInt8(ascii: ")") { return position }
            position += 1
        }
        return nil
    }

    /// The `[` matching the `]` at `close`, on the same line.
    private static func openingBracket(before close: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var depth = 0
        var position = close - 1
        let limit = max(0, close - searchLimit)
        while position >= limit, bytes[position] != UInt8(ascii: "\n") {
            switch bytes[position] {
            case UInt8(ascii: "]"): depth += 1
            case UInt8(ascii: "["):
                if depth == 0 { return position }
                depth -= 1
            default: break
            }
            position -= 1
        }
        return nil
    }
}
