/// Greedy word wrapping that never breaks a word or a URL: a word wider than the width stays whole on
/// its own line. Only ordinary spaces are break opportunities (no-break spaces keep French
/// punctuation attached). `\n` in the text forces a line break.
enum TextWrapper {
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines = [String]()
        for paragraphLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraphLine.split(separator: " ", omittingEmptySubsequences: true) {
                let wordWidth = DisplayWidth.of(word)
                if lineWidth == 0 {
                    line = String(word)
                    lineWidth = wordWidth
                } else if lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                } else {
                    lines.append(line)
                    line = String(word)
                    lineWidth = wordWidth
                }
            }
            lines.append(line)
        }
        return lines
    }
}
