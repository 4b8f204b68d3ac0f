/// Finds medicine names (bundled lexicon, configuration, ANSM database) as whole words or phrases, case- and
/// accent-insensitively; the longest phrase wins (`insuline Lantus` over `Lantus`). Names no lexicon knows
/// are caught by their context: a capitalised word, or a lowercase one with an INN ending, right before a
/// dosage (`Kestin 20 mg`, `cholécalciférol 50 000 UI`), or a
/// capitalised word after `sous` or a galenic form (`elle est sous Xolair`, `comprimé de Tahor`) — never an
/// ordinary word or a first name.
struct MedicineRecognizer: TextRecognizer {
    private var names = PhraseTrie<Bool>()

    private static let units = WordSet(["mg", "g", "mcg", "µg", "μg", "ug", "ml", "ui", "gouttes", "cp", "gelules"])
    private static let cues = WordSet([
        "sous", "comprime", "comprimes", "gelule", "gelules", "injection", "injections", "perfusion", "ampoule",
        "ampoules", "sachet", "sachets", "sirop", "patch", "collyre", "pommade",
    ])

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
                if isUnlistedMedicine(at: index, in: text) { findings.append(Finding(range: tokens[index].range, category: .medicine)) }
                index += 1
            }
        }
    }

    private func isUnlistedMedicine(at index: Int, in text: TokenizedText) -> Bool {
        let token = text.tokens[index]
        guard token.range.count >= 4, token.folded.utf8.allSatisfy(ASCII.isLetter),
            !FrenchCommonWords.all.contains(token.key), !FrenchFirstNames.all.contains(token.key)
        else { return false }
        // A capitalised word starting a sentence is more likely a verb (`Donner 1 g`) unless its ending says otherwise.
        let hasINNEnding = Self.innSuffixes.contains(where: token.folded.hasSuffix)
        guard hasINNEnding || token.isUppercase || (token.isCapitalized && !token.isSentenceInitial) else { return false }
        return isBeforeDosage(index, in: text) || (token.isCapitalized && isAfterCue(index, in: text))
    }

    /// Endings of international nonproprietary names (WHO stems): a lowercase word before a dosage is a
    /// medicine only with one of them, so verbs (`donner 500 mg`) stay.
    private static let innSuffixes = [
        "ine", "ol", "am", "ide", "ate", "one", "ane", "ase", "mab", "nib", "pril", "sartan", "statine", "azole",
        "cilline", "mycine", "cycline", "floxacine", "parine", "xaban", "prazole", "pam", "lam", "tidine", "profene",
        "coxib", "vir", "ast", "dipine", "olol", "setron", "triptan", "gliptine", "gliflozine", "glutide",
    ]

    /// `Kestin 20 mg`, `Zymad 50 000 UI`, `Xolair 0,5 ml`: the word, digits (grouped or decimal), a unit.
    private func isBeforeDosage(_ index: Int, in text: TokenizedText) -> Bool {
        let tokens = text.tokens
        var next = index + 1
        guard next < tokens.count, text.gap(after: index).count <= 2 else { return false }
        var sawDigits = false
        while next < tokens.count, tokens[next].folded.utf8.allSatisfy(ASCII.isDigit), next - index <= 3 {
            sawDigits = true
            guard text.gap(after: next).count <= 2 else { return false }
            next += 1
        }
        return sawDigits && next < tokens.count && Self.units.contains(tokens[next].key)
    }

    /// `sous Xolair`, `comprimé de Tahor`, `injection d'Ozempic`.
    private func isAfterCue(_ index: Int, in text: TokenizedText) -> Bool {
        guard index > 0, !text.tokens[index].isSentenceInitial else { return false }
        var previous = index - 1
        if ["de", "d"].contains(text.tokens[previous].folded), previous > 0 { previous -= 1 }
        return Self.cues.contains(text.tokens[previous].key) && index - previous <= 2
            && text.tokens[index].range.lowerBound - text.tokens[previous].range.upperBound <= 5
    }
}
