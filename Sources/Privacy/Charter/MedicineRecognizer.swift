/// Finds medicine names (bundled lexicon, configuration, ANSM database) as whole words or phrases, case- and
/// accent-insensitively; the longest phrase wins (`insuline Lantus` over `Lantus`).
struct MedicineRecognizer: TextRecognizer {
    private var names = PhraseTrie<Bool>()

    init(extraNames: [String] = []) {
        for name in MedicineLexicon.names + extraNames { names.insert(phrase: name, value: true) }
    }

    func findings(in text: TokenizedText, into findings: inout [Finding]) {
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            if let match = names.longestMatch(in: text, from: index) {
                findings.append(Finding(range: tokens[index].range.lowerBound..<tokens[match.last].range.upperBound, category: .medicine))
                index = match.last + 1
            } else {
                index += 1
            }
        }
    }
}
