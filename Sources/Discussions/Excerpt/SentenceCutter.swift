/// Shortens text to a number of characters without cutting a sentence, or at least a word, in half.
public enum SentenceCutter {
    private static let sentenceEnds: Set<Character> = [".", "!", "?", "…"]
    /// Closing marks that may follow a sentence's final punctuation: `.»`, `!)`, `?”`
    /// (and `. »` with French spacing).
    private static let closers: Set<Character> = ["\"", "'", "»", ")", "”", "’", "]", "\u{A0}", "\u{202F}"]

    /// `text` if it fits in `limit` characters; else the longest run of whole sentences that fits
    /// (a sentence ends with `.`, `!`, `?` or `…`, possibly followed by closing marks, then a space or
    /// the end); else, when even the first sentence is too long, the longest run of whole words that
    /// fits with a trailing `…`. Nil when nothing fits (`limit` < 2 or an empty text).
    public static func cut(_ text: String, toAtMost limit: Int) -> String? {
        guard !text.isEmpty, limit > 0 else { return nil }
        let characters = Array(text)
        if characters.count <= limit { return text }
        if let end = lastSentenceEnd(in: characters, atMost: limit) {
            return String(characters[..<end])
        }
        guard limit >= 2 else { return nil }
        return wordCut(characters, atMost: limit - 1) + "…"
    }

    /// The largest `end` ≤ `limit` such that `characters[..<end]` is whole sentences.
    private static func lastSentenceEnd(in characters: [Character], atMost limit: Int) -> Int? {
        var best: Int?
        var index = 0
        while index < min(limit, characters.count) {
            if sentenceEnds.contains(characters[index]) {
                var end = index + 1
                while end < characters.count {
                    if sentenceEnds.contains(characters[end]) || closers.contains(characters[end]) {
                        end += 1
                    } else if characters[end].isWhitespace, end + 1 < characters.count, characters[end + 1] == "»" {
                        end += 2  // French spacing: « non. »
                    } else {
                        break
                    }
                }
                if end <= limit, end == characters.count || characters[end].isWhitespace { best = end }
                index = end
            } else {
                index += 1
            }
        }
        return best
    }

    /// The longest prefix of whole words within `limit` characters (a hard cut for one endless word).
    private static func wordCut(_ characters: [Character], atMost limit: Int) -> String {
        var end = limit
        while end > 0, !characters[end].isWhitespace { end -= 1 }
        if end == 0 { end = limit }
        var prefix = String(characters[..<end])
        while let last = prefix.last, last.isWhitespace || last == "," || last == ";" || last == ":" { prefix.removeLast() }
        return prefix
    }
}
