/// A trie over folded words, matching the longest phrase that starts at a token: linear in the number of
/// tokens times the longest phrase. Multiword entries (`insuline lantus`, `Marie Claire Dubois`) only match
/// when their words are joined in the text (see `TokenizedText.joinsNext`).
struct PhraseTrie<Value: Sendable>: Sendable {
    private var children: [[UInt64: Int]] = [[:]]
    private var values: [Value?] = [nil]

    var isEmpty: Bool { children[0].isEmpty }

    /// Adds `words` (already folded); an existing phrase keeps its first value.
    mutating func insert(_ words: [String], value: Value) {
        guard !words.isEmpty else { return }
        var node = 0
        for word in words.map(WordKey.of) {
            if let next = children[node][word] {
                node = next
            } else {
                children.append([:])
                values.append(nil)
                children[node][word] = children.count - 1
                node = children.count - 1
            }
        }
        if values[node] == nil { values[node] = value }
    }

    /// Adds a phrase written naturally (`"Insuline Lantus"`), folding it first.
    mutating func insert(phrase: String, value: Value) {
        insert(TokenizedText.foldedWords(of: phrase), value: value)
    }

    func contains(_ words: [String]) -> Bool {
        var node = 0
        for word in words.map(WordKey.of) {
            guard let next = children[node][word] else { return false }
            node = next
        }
        return values[node] != nil
    }

    /// The longest phrase starting at token `start`: the index of its last token and its value.
    func longestMatch(in text: TokenizedText, from start: Int) -> (last: Int, value: Value)? {
        var node = 0
        var best: (last: Int, value: Value)?
        var index = start
        let tokens = text.tokens
        while index < tokens.count, let next = children[node][tokens[index].key] {
            node = next
            if let value = values[node] { best = (index, value) }
            guard text.joinsNext(index) else { break }
            index += 1
        }
        return best
    }
}
