/// HTML escaping and URL safety checks shared by the HTML renderer.
enum HTMLEscaping {
    /// Appends `text` escaped for HTML text and attribute values (`&`, `<`, `>`, `"`).
    static func append(escaping text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            // Copy runs of ordinary bytes at once; only the four special bytes are replaced.
            var runStart = 0
            for index in 0..<bytes.count {
                // The four special bytes are all below `?`: one comparison passes letters and most text.
                if bytes[index] > UInt8(ascii: ">") { continue }
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
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
