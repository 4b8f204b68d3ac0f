/// Greedy word wrapping that never breaks a word or a URL: a word wider than the width stays whole on
/// its own line. Only ordinary spaces are break opportunities (no-break spaces keep French
/// punctuation attached). `\n` in the text forces a line break. Works on UTF-8 bytes.
enum TextWrapper {
    /// Appends the lines of `text` wrapped at `width` to `lines` (one empty line for empty text).
    static func wrap(_ text: UnsafeBufferPointer<UInt8>, width: Int, into lines: inout TextLines) {
        var lineWidth = 0
        var index = 0
        while index <= text.count {
            if index == text.count || text[index] == ByteClass.newline {
                lines.endLine()
                lineWidth = 0
                index += 1
                continue
            }
            if text[index] == ByteClass.space {
                index += 1
                continue
            }
            let wordStart = index
            while index < text.count && text[index] != ByteClass.space && text[index] != ByteClass.newline { index += 1 }
            let word = UnsafeBufferPointer(rebasing: text[wordStart..<index])
            let wordWidth = DisplayWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                lines.endLine()
                lineWidth = 0
            }
            if lineWidth > 0 {
                lines.append(ByteClass.space)
                lineWidth += 1
            }
            lines.append(word)
            lineWidth += wordWidth
        }
    }

    static func wrap(_ text: [UInt8], width: Int, into lines: inout TextLines) {
        text.withUnsafeBufferPointer { wrap($0, width: width, into: &lines) }
    }
}
