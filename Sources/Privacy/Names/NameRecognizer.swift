/// Finds people's names: the members' full names and last names, and first names (members' or common French
/// ones) where they can only be a person — in a greeting, a signature, after a relational cue or a title, or
/// capitalised when the name is not also an ordinary word. See docs/privacy.md for the rules.
struct NameRecognizer: TextRecognizer {
    var lexicon: MemberLexicon

    /// Capitalised surname particles (`Soizic Le Bihan`, `Marie De Smet`, `Karim Ben Salem`).
    private static let particles = WordSet(["le", "la", "de", "du", "des", "van", "von", "ben", "el", "da", "di"])

    func findings(in text: TokenizedText, into findings: inout [Finding]) {
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            if let last = nameEnd(in: text, at: index) {
                let first = titleBefore(index, in: text) ?? index
                findings.append(Finding(range: tokens[first].range.lowerBound..<tokens[last].range.upperBound, category: .name))
                index = last + 1
            } else {
                index += 1
            }
        }
        SignatureDetector(lexicon: lexicon).findings(in: text, into: &findings)
    }

    /// The index of the last token of a name starting at `index`, if one does.
    private func nameEnd(in text: TokenizedText, at index: Int) -> Int? {
        let token = text.tokens[index]
        guard !follows(saint: index, in: text) else { return nil }
        if let match = lexicon.fullNames.longestMatch(in: text, from: index),
            !match.value || (index...match.last).contains(where: { text.tokens[$0].isCapitalized })
        {
            return match.last
        }
        if token.isCapitalized, let match = lexicon.lastNames.longestMatch(in: text, from: index),
            !match.value || readsAsName(index, in: text)
        {
            return match.last
        }
        guard isFirstName(at: index, in: text) else { return nil }
        return surnameEnd(after: index, in: text)
    }

    /// The index of a courtesy title right before the name at `index` (`Mme Durand`, `Dr. Benali`), which
    /// goes with the name.
    private func titleBefore(_ index: Int, in text: TokenizedText) -> Int? {
        guard index > 0, text.joinsNext(index - 1), ConversationCues.titles.contains(text.tokens[index - 1].key) else {
            return nil
        }
        return index - 1
    }

    /// Whether the token at `index` is a first name in this context.
    private func isFirstName(at index: Int, in text: TokenizedText) -> Bool {
        let token = text.tokens[index]
        let word = token.key
        let isKnown = lexicon.firstNames.contains(word) || FrenchFirstNames.all.contains(word)
        let cue = previousWord(before: index, in: text)
        if let cue, ConversationCues.greetings.contains(cue), isKnown || isUnknownNameEndingPhrase(index, in: text) {
            return true
        }
        guard token.isCapitalized else { return isKnown && isLowercaseName(word) }
        if let cue, ConversationCues.titles.contains(cue) { return true }
        if let cue, ConversationCues.relationalNouns.contains(cue) {
            return isKnown || !FrenchCommonWords.all.contains(word)
        }
        guard isKnown else { return isUnknownFullName(at: index, in: text) }
        if isVocative(index, in: text) { return true }
        if FrenchFirstNames.placeLike.contains(word) {
            // A member of this network bears the name: it is a place only after a preposition of place.
            guard lexicon.firstNames.contains(word), !(cue.map { Self.placePrepositions.contains($0) } ?? false) else {
                return false
            }
        }
        if isCompoundFirstName(startingAt: index, in: text) { return true }
        if let cue, ConversationCues.prepositions.contains(cue) { return true }
        let isOrdinary = FrenchFirstNames.ambiguous.contains(word) || FrenchCommonWords.all.contains(word)
        return !isOrdinary || readsAsName(index, in: text)
    }

    /// A known first name in lowercase (`j'ai vu nathalie`) unless it is also an ordinary word in some form.
    private func isLowercaseName(_ word: UInt64) -> Bool {
        !(FrenchFirstNames.ambiguous.contains(word) || FrenchFirstNames.lowercaseOrdinary.contains(word)
            || FrenchCommonWords.all.contains(word))
    }

    /// Two capitalised words that no list knows, neither an ordinary word nor an acronym, joined by a space
    /// (`Maïwenn Kerjean`): a person's first and last name even without a cue.
    private func isUnknownFullName(at index: Int, in text: TokenizedText) -> Bool {
        guard index + 1 < text.tokens.count, text.joinsNext(index), !text.gapBefore(index + 1, is: UInt8(ascii: "-"))
        else { return false }
        // A known first name second (`Appelle Karima`) starts the name itself; the first word is no part of it.
        return [index, index + 1].allSatisfy { position in
            let token = text.tokens[position]
            return token.isCapitalized && !token.isUppercase && token.range.count > 2
                && !FrenchCommonWords.all.contains(token.key) && !FrenchFirstNames.all.contains(token.key)
                && !lexicon.firstNames.contains(token.key)
        }
    }

    /// A capitalised word that is not an ordinary word, right before punctuation or the end of the line: a
    /// name after a greeting even when no list knows it (`Bonjour Ségolène,`).
    private func isUnknownNameEndingPhrase(_ index: Int, in text: TokenizedText) -> Bool {
        let token = text.tokens[index]
        guard token.isCapitalized, !FrenchCommonWords.all.contains(token.key) else { return false }
        switch text.nextSignificantByte(after: index) {
        case nil, UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
            UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    /// Words after which a place-like first name is a place (`à Nancy`, `vers Florence`).
    private static let placePrepositions = WordList.foldedWordSet("à a de d du des en vers depuis près pres")

    /// A first name addressed to someone: after a comma and before punctuation or the end of the line
    /// (`Tellement vrai, Marine.`, `Bien vu, Rose !`).
    private func isVocative(_ index: Int, in text: TokenizedText) -> Bool {
        guard index > 0, text.tokens[index].isCapitalized,
              text.gap(after: index - 1).contains(where: { text.bytes[$0] == UInt8(ascii: ",") })
        else { return false }
        switch text.nextSignificantByte(after: index) {
        case nil, UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
            UInt8(ascii: "?"), UInt8(ascii: ";"):
            return true
        default:
            return false
        }
    }

    /// Extends a first name over a following capitalised surname (`Nathalie Bernard`), at most two words.
    private func surnameEnd(after index: Int, in text: TokenizedText) -> Int {
        var last = index
        while last - index < 2, text.joinsNext(last) {
            let next = text.tokens[last + 1]
            guard next.isCapitalized else { break }
            if Self.particles.contains(next.key), last + 2 < text.tokens.count, text.joinsNext(last + 1),
                text.tokens[last + 2].isCapitalized, !FrenchCommonWords.all.contains(text.tokens[last + 2].key)
            {
                last += 2
                continue
            }
            let isSurname = !FrenchCommonWords.all.contains(next.key)
                || lexicon.lastNames.longestMatch(in: text, from: last + 1) != nil
                || isCompoundFirstName(startingAt: last, in: text)
            guard isSurname else { break }
            last += 1
        }
        return last
    }

    /// `Jean-Pierre`, `Marie-Claire`: two first names joined by a hyphen are one person's first name.
    private func isCompoundFirstName(startingAt index: Int, in text: TokenizedText) -> Bool {
        guard index + 1 < text.tokens.count, text.gapBefore(index + 1, is: UInt8(ascii: "-")) else { return false }
        let next = text.tokens[index + 1]
        return next.isCapitalized && (FrenchFirstNames.all.contains(next.key) || lexicon.firstNames.contains(next.key))
    }

    /// A capitalised ordinary word reads as a name mid-sentence, not after a determiner, and not in a line
    /// written in capitals (`hier Pierre est venu`, but not `la Pierre angulaire` or `Rose des sables`).
    private func readsAsName(_ index: Int, in text: TokenizedText) -> Bool {
        let token = text.tokens[index]
        guard !token.isUppercase, !token.isSentenceInitial else { return false }
        guard let previous = previousWord(before: index, in: text) else { return true }
        return !FrenchCommonWords.determiners.contains(previous)
    }

    /// The key of the word before `index` when only spaces, a comma, a period or an apostrophe separate them
    /// on one line.
    private func previousWord(before index: Int, in text: TokenizedText) -> UInt64? {
        guard index > 0 else { return nil }
        let gap = text.gap(after: index - 1)
        guard gap.count <= 4 else { return nil }
        for position in gap {
            switch text.bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "\t"), 0xC2,
                0xA0, 0xE2, 0x80, 0x99:
                continue
            default:
                return nil
            }
        }
        return text.tokens[index - 1].key
    }

    /// `Saint-Martin`, `Sainte-Claire`, `St-Martin`: a place, not the member.
    private func follows(saint index: Int, in text: TokenizedText) -> Bool {
        guard index > 0, text.gapBefore(index, is: UInt8(ascii: "-")) else { return false }
        return ["saint", "sainte", "st", "ste"].contains(text.tokens[index - 1].folded)
    }
}
