/// HTML escaping and URL safety checks shared by the HTML renderer.
enum HTMLEscaping {
    /// Appends `text` escaped for HTML text and attribute values (`&`, `<`, `>`, `"`).
    static func append(escaping text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
            let count = bytes.count
            // Copy runs of ordinary bytes at once; only the four special bytes are replaced.
            var runStart = 0
            var index = 0
            while index < count {
                // Most text has no special byte: skip 8 bytes per test.
                if index + 8 <= count && !hasSpecialByte(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                let end = min(index + 8, count)
                while index < end {
                    let byte = bytes[index]
                    index += 1
                    // The four special bytes are all below `?`: one comparison passes letters and most text.
                    if byte > UInt8(ascii: ">") { continue }
                    let replacement: StaticString
                    switch byte {
                    case UInt8(ascii: "&"): replacement = "&amp;"
                    case UInt8(ascii: "<"): replacement = "&lt;"
                    case UInt8(ascii: ">"): replacement = "&gt;"
                    case UInt8(ascii: "\""): replacement = "&quot;"
                    default: continue
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<(index - 1)]))
                    output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                    runStart = index
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// Whether one of the 8 bytes of `word` may be `"`, `&`, `<` or `>` (false positives only after a match).
    @inline(__always)
    private static func hasSpecialByte(_ word: UInt64) -> Bool {
        hasZeroByte(word ^ 0x2222_2222_2222_2222) || hasZeroByte(word ^ 0x2626_2626_2626_2626)
            || hasZeroByte(word ^ 0x3C3C_3C3C_3C3C_3C3C) || hasZeroByte(word ^ 0x3E3E_3E3E_3E3E_3E3E)
    }

    @inline(__always)
    private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }

    private static let unsafeSchemes = ["javascript:", "vbscript:", "file:", "data:"]
    private static let safeDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    /// Whether a URL must be dropped in safe mode: `javascript:`, `vbscript:`, `file:`, and `data:`
    /// other than PNG, GIF, JPEG or WebP images, compared case-insensitively.
    static func isUnsafe(_ url: String) -> Bool {
        let bytes = Array(url.utf8.prefix(16))
        guard unsafeSchemes.contains(where: { bytes.hasPrefixIgnoringCase($0, at: 0, end: bytes.count) }) else { return false }
        return !safeDataPrefixes.contains(where: { bytes.hasPrefixIgnoringCase($0, at: 0, end: bytes.count) })
    }
}
