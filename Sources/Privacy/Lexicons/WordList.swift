/// Parsing of the bundled word lists: one entry per line, `#` starts a comment, blank lines are ignored.
/// Entries are folded (case and accents) the same way as the text they are matched against.
enum WordList {
    /// The entries of `list`, as written.
    static func entries(_ list: String) -> [String] {
        list.split(separator: "\n").compactMap { line in
            let entry = trimmed(line.prefix { $0 != "#" })
            return entry.isEmpty ? nil : entry
        }
    }

    /// The set of single folded words in `list` (multiword entries contribute each of their words).
    static func foldedWordSet(_ list: String) -> WordSet {
        WordSet(entries(list).flatMap { TokenizedText.foldedWords(of: $0) })
    }

    /// A trie of the folded phrases in `list`, each mapped to `value`.
    static func trie<Value: Sendable>(_ list: String, value: Value) -> PhraseTrie<Value> {
        var trie = PhraseTrie<Value>()
        for entry in entries(list) { trie.insert(phrase: entry, value: value) }
        return trie
    }

    private static func trimmed(_ text: Substring) -> String {
        var slice = text
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
