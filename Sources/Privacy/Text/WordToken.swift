/// One word of a text: a maximal run of letters and digits (apostrophes, hyphens and punctuation separate
/// words), with its case- and accent-folded form and its shape.
struct WordToken: Hashable, Sendable {
    /// UTF-8 byte range in the text.
    var range: Range<Int>
    /// Lowercase, accent-free form used for every lexicon lookup.
    var folded: String
    /// `WordKey.of(folded)`, computed while tokenizing: the key every lexicon lookup uses.
    var key: UInt64
    /// The first letter is uppercase (`Claire`, `CLAIRE`).
    var isCapitalized: Bool
    /// Every letter is uppercase and there are at least two (`CLAIRE`, not `C`).
    var isUppercase: Bool
    /// Nothing but punctuation and spaces separates the word from the start of the text or from the end of
    /// the previous sentence (`.`, `!`, `?`, `:`, `…` or a line break).
    var isSentenceInitial: Bool
    /// Index of the line the word is on (0-based), for signature detection.
    var line: Int
}
