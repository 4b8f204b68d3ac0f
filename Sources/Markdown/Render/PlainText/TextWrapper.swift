/// Greedy word wrapping that never breaks a word or a URL: a word wider than the width stays whole on
/// its own line. Only ordinary spaces are break opportunities (no-break spaces keep French
/// punctuation attached). `\n` in the text forces a line break. Works on UTF-8 bytes.
enum TextWrapper {
    static func wrap(_ text: String, width: Int) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines = [String]()
            var line = [UInt8]()
            var lineWidth = 0
            var index = 0
            while index <= bytes.count {
                if index == bytes.count || bytes[index] == ByteClass.newline {
                    lines.append(String(decoding: line, as: UTF8.self))
                    line.removeAll(keepingCapacity: true)
                    lineWidth = 0
                    index += 1
                    continue
                }
                if bytes[index] == ByteClass.space {
                    index += 1
                    continue
                }
                let wordStart = index
                while index < bytes.count && bytes[index] != ByteClass.space && bytes[index] != ByteClass.newline { index += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<index])
                let wordWidth = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                    lines.append(String(decoding: line, as: UTF8.self))
                    line.removeAll(keepingCapacity: true)
                    lineWidth = 0
                }
                if lineWidth > 0 {
                    line.append(ByteClass.space)
                    lineWidth += 1
                }
                line.append(contentsOf: word)
                lineWidth += wordWidth
            }
            return lines
        }
    }
}
