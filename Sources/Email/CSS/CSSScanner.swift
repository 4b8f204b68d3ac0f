/// Byte-level helpers shared by the CSS and selector parsers: strings, escapes, comments and balanced blocks.
///
/// They work on UTF-8 bytes; every CSS delimiter is ASCII, so multi-byte characters pass through untouched.
enum CSSScanner {
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// The index just past the string that opens at `start` (which holds a quote).
    /// An unterminated string ends at the end of the line or input, as CSS tokenizers do.
    static func endOfString(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        let delimiter = bytes[start]
        var index = start + 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == backslash {
                index += 2
                continue
            }
            if byte == delimiter { return index + 1 }
            if byte == 0x0A { return index }
            index += 1
        }
        return bytes.endIndex
    }

    /// The bytes with every `/* … */` comment removed (comments inside strings are kept).
    static func removingComments(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        let all = bytes[...]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote || byte == apostrophe {
                let end = endOfString(all, from: index)
                output.append(contentsOf: bytes[index..<end])
                index = end
            } else if byte == backslash {
                let end = min(index + 2, bytes.count)
                output.append(contentsOf: bytes[index..<end])
                index = end
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                index = endOfComment(bytes, from: index + 2)
                // A comment separates tokens: keep them apart.
                output.append(0x20)
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    private static func endOfComment(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/") { return index + 2 }
            index += 1
        }
        return bytes.count
    }

    /// The index of the first byte in `stops` found outside strings, escapes and nested `()`, `[]`, `{}`
    /// blocks, or `endIndex`. The block stack is an array, so deep nesting in the input cannot overflow.
    static func firstTopLevel(_ stops: Set<UInt8>, in bytes: ArraySlice<UInt8>, from start: Int) -> Int {
        var closers: [UInt8] = []
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if closers.isEmpty && stops.contains(byte) { return index }
            switch byte {
            case quote, apostrophe:
                index = endOfString(bytes, from: index)
                continue
            case backslash:
                index += 2
                continue
            case UInt8(ascii: "("): closers.append(UInt8(ascii: ")"))
            case UInt8(ascii: "["): closers.append(UInt8(ascii: "]"))
            case UInt8(ascii: "{"): closers.append(UInt8(ascii: "}"))
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                if closers.last == byte { closers.removeLast() }
            default: break
            }
            index += 1
        }
        return bytes.endIndex
    }

    /// The index just past the block whose opening bracket is at `start` (`endIndex` if it never closes), and
    /// whether it was closed.
    static func endOfBlock(_ bytes: ArraySlice<UInt8>, openingAt start: Int) -> (end: Int, isClosed: Bool) {
        let closer: UInt8 = switch bytes[start] {
        case UInt8(ascii: "("): UInt8(ascii: ")")
        case UInt8(ascii: "["): UInt8(ascii: "]")
        default: UInt8(ascii: "}")
        }
        let end = firstTopLevel([closer], in: bytes, from: start + 1)
        return end < bytes.endIndex ? (end + 1, true) : (end, false)
    }

    /// The slice without leading and trailing CSS whitespace.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end && isWhitespace(bytes[start]) { start += 1 }
        while end > start && isWhitespace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    /// Splits at top-level occurrences of `separator` (outside strings and nested blocks).
    static func split(_ bytes: ArraySlice<UInt8>, at separator: UInt8) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        while true {
            let end = firstTopLevel([separator], in: bytes, from: start)
            parts.append(bytes[start..<end])
            if end >= bytes.endIndex { return parts }
            start = end + 1
        }
    }

    static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
