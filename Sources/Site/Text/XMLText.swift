/// Escaping for XML and HTML text and attribute values.
public enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, and the control characters XML 1.0 forbids
    /// dropped rather than written.
    public static func escape(_ text: String) -> String {
        // Most titles, URLs and tags need no escaping: they are returned as they are, without a copy.
        guard text.withUTF8Bytes({ $0.contains(where: needsEscaping) }) else { return text }
        var output = UTF8Buffer(capacity: text.utf8.count + text.utf8.count / 8)
        output.append(xmlEscaping: text)
        return output.string()
    }

    /// Every byte that is escaped or dropped is below 64: one bit each. UTF-8 continuation and lead bytes of
    /// other characters are all above, so multi-byte characters are copied untouched.
    static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 64 && specialBytes & (1 << UInt64(byte)) != 0
    }

    /// Control characters but tab, line feed and carriage return, then `"`, `&`, `'`, `<` and `>`.
    private static let specialBytes: UInt64 = 0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D)
        | 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E
}

extension UTF8Buffer {
    /// Appends `text` escaped as `XMLText.escape(_:)` does, copying the runs between special bytes in one go.
    mutating func append(xmlEscaping text: String) {
        text.withUTF8Bytes { bytes in
            var runStart = 0
            for index in bytes.indices where XMLText.needsEscaping(bytes[index]) {
                append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch bytes[index] {
                case UInt8(ascii: "&"): append(utf8: "&amp;")
                case UInt8(ascii: "<"): append(utf8: "&lt;")
                case UInt8(ascii: ">"): append(utf8: "&gt;")
                case UInt8(ascii: "\""): append(utf8: "&quot;")
                case UInt8(ascii: "'"): append(utf8: "&#39;")
                default: break
                }
            }
            append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
