/// Finds insults, slurs and defamatory accusations: any of them excludes the thread (see `CharterVerdict`).
struct InsultDetector: Sendable {
    private var phrases = PhraseTrie<CharterViolation>()

    init(extraInsults: [String] = []) {
        for entry in InsultLexicon.entries { phrases.insert(phrase: entry.phrase, value: entry.reason) }
        for insult in extraInsults { phrases.insert(phrase: insult, value: .insult) }
    }

    /// The violations found in `text`, each once, sorted.
    func violations(in text: TokenizedText) -> Set<CharterViolation> {
        var found: Set<CharterViolation> = []
        for index in text.tokens.indices {
            if let match = phrases.longestMatch(in: text, from: index) { found.insert(match.value) }
        }
        return found
    }
}
