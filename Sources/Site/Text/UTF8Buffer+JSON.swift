extension UTF8Buffer {
    /// Appends a JSON string literal (RFC 8259) as the site has always written them, byte for byte like
    /// `JSONSerialization` with `.withoutEscapingSlashes`: `"` and `\` escaped, control characters as `\b`, `\t`,
    /// `\n`, `\f`, `\r` or `\u00xx` (lowercase hex), everything else, `/` and non-ASCII included, as is.
    mutating func append(jsonQuoting text: String) {
        append(UInt8(ascii: "\""))
        text.withUTF8Bytes { bytes in
            var runStart = 0
            for index in bytes.indices where Self.needsJSONEscaping(bytes[index]) {
                append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                appendJSONEscape(of: bytes[index])
            }
            append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        append(UInt8(ascii: "\""))
    }

    private static func needsJSONEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func appendJSONEscape(of byte: UInt8) {
        append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
        case 0x08: append(UInt8(ascii: "b"))
        case 0x09: append(UInt8(ascii: "t"))
        case 0x0A: append(UInt8(ascii: "n"))
        case 0x0C: append(UInt8(ascii: "f"))
        case 0x0D: append(UInt8(ascii: "r"))
        default:
            append(utf8: "u00")
            append(Self.hexDigit(byte >> 4))
            append(Self.hexDigit(byte & 0x0F))
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
