/// Scanners for the parts of links shared by inline links and link reference definitions:
/// labels, destinations and titles (spec section 6.3).
enum LinkScanner {
    /// Parentheses nesting allowed in a bare destination, like cmark, to keep scanning linear.
    static let maximumParenthesisDepth = 32
    /// A label holds at most 999 characters between its brackets.
    static let maximumLabelLength = 999

    /// Scans a link label `[…]` at `start`; returns the index after `]`.
    static func scanLabel(_ input: [UInt8], from start: Int, to end: Int) -> Int? {
        guard start < end, input[start] == UInt8(ascii: "[") else { return nil }
        var index = start + 1
        while index < end && index - start - 1 <= maximumLabelLength {
            switch input[index] {
            case UInt8(ascii: "["): return nil
            case UInt8(ascii: "]"): return index + 1
            case UInt8(ascii: "\\"): index += index + 1 < end ? 2 : 1
            default: index += 1
            }
        }
        return nil
    }

    /// Skips spaces and tabs, at most one line ending, then spaces and tabs again.
    static func skipSpacesAndNewline(_ input: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end && ByteClass.isSpaceOrTab(input[index]) { index += 1 }
        if index < end && input[index] == ByteClass.newline {
            index += 1
            while index < end && ByteClass.isSpaceOrTab(input[index]) { index += 1 }
        }
        return index
    }

    /// Scans a destination (`<…>` or a bare one with balanced parentheses); returns its raw bytes range and the index after it.
    static func scanDestination(_ input: [UInt8], from start: Int, to end: Int) -> (raw: Range<Int>, next: Int)? {
        guard start < end else { return nil }
        if input[start] == UInt8(ascii: "<") {
            var index = start + 1
            while index < end {
                switch input[index] {
                case UInt8(ascii: ">"): return (start + 1..<index, index + 1)
                case UInt8(ascii: "<"), ByteClass.newline: return nil
                case UInt8(ascii: "\\"): index += index + 1 < end ? 2 : 1
                default: index += 1
                }
            }
            return nil
        }
        var index = start
        var depth = 0
        while index < end {
            let byte = input[index]
            if byte == UInt8(ascii: "\\") && index + 1 < end && ByteClass.isASCIIPunctuation(input[index + 1]) {
                index += 2
            } else if byte == UInt8(ascii: "(") {
                depth += 1
                if depth > maximumParenthesisDepth { return nil }
                index += 1
            } else if byte == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
                index += 1
            } else if byte <= 0x20 || byte == 0x7F {
                break
            } else {
                index += 1
            }
        }
        guard index > start, depth == 0 else { return nil }
        return (start..<index, index)
    }

    /// Scans a title (`"…"`, `'…'` or `(…)`); returns its raw content range and the index after it.
    static func scanTitle(_ input: [UInt8], from start: Int, to end: Int) -> (raw: Range<Int>, next: Int)? {
        guard start < end else { return nil }
        let open = input[start]
        let close: UInt8
        switch open {
        case UInt8(ascii: "\""): close = open
        case UInt8(ascii: "'"): close = open
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return nil
        }
        var index = start + 1
        while index < end {
            let byte = input[index]
            if byte == UInt8(ascii: "\\") {
                index += index + 1 < end ? 2 : 1
            } else if byte == close {
                return (start + 1..<index, index + 1)
            } else if open == UInt8(ascii: "(") && byte == open {
                return nil
            } else {
                index += 1
            }
        }
        return nil
    }

    /// The normalized form of a label used to match references: case-folded (lowercased then uppercased,
    /// like the reference implementations, so `ẞ` matches `SS`), whitespace collapsed.
    static func normalizeLabel(_ input: [UInt8], _ range: Range<Int>) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(range.count)
        var pendingSpace = false
        var isASCII = true
        for index in range {
            let byte = input[index]
            if ByteClass.isASCIIWhitespace(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(ByteClass.space)
                pendingSpace = false
            }
            if byte >= 0x80 { isASCII = false }
            bytes.append(isASCII && ByteClass.isLetter(byte) ? byte & ~0x20 : byte)
        }
        if isASCII { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self).lowercased().uppercased()
    }
}
