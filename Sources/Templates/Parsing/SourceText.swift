import Diagnostics

/// UTF-8 bytes of a template with the helpers the scanner needs.
struct SourceText {
    let bytes: [UInt8]

    /// 1-based line and column (in Unicode scalars) of the byte at `offset`. Linear, used only for errors.
    func location(ofByte offset: Int) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0b1100_0000 != 0b1000_0000 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }

    /// Whether `pattern` occurs at `offset`.
    func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= bytes.count else { return false }
        for index in pattern.indices where bytes[offset + index] != pattern[index] {
            return false
        }
        return true
    }

    /// The first offset at or after `start` where `pattern` occurs.
    func firstOffset(of pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var offset = start
        while offset + pattern.count <= bytes.count {
            if bytes[offset] == first && matches(pattern, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    static func isInlineWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}

extension StringProtocol {
    /// Removes the spaces, tabs and line breaks Mustache allows around a tag's content.
    func trimmingMustacheWhitespace() -> String {
        let isWhitespace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isWhitespace($0) }),
            let last = lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
