extension Typesetter {
    /// `"` opens after a space, the start or opening punctuation, and closes after anything else; when the
    /// context cannot tell (`a"b`, `" "`), the pairing state decides.
    mutating func typesetDoubleQuote() -> Int {
        if isOpeningQuote(pairingIsOpen: quoteDepth > 0) {
            quoteDepth += 1
            if language == .fr && quoteDepth == 1 {
                typesetOpeningGuillemet()
            } else {
                emit(Scalars.leftDoubleQuote)
            }
        } else {
            if language == .fr && quoteDepth <= 1 {
                typesetClosingGuillemet()
            } else {
                emit(Scalars.rightDoubleQuote)
            }
            quoteDepth = max(quoteDepth - 1, 0)
        }
        return 1
    }

    /// `'` after a word is an apostrophe or closing quote `’` (`l’hôpital`, `nurses’`); after a space or
    /// opening punctuation it opens a quote `‘`, except in elisions such as `’90s`; after a digit it is a
    /// prime (`5'`) and stays, as does a lone `'` between spaces.
    mutating func typesetSingleQuote() -> Int {
        let previous = output.last
        let followsBreak = previous.map { $0.isWhitespace || $0.isOpeningPunctuation } ?? true
        let precedesWord = next.map { !$0.isWhitespace } ?? false
        if startsDecadeElision {
            emit(Scalars.apostrophe)
        } else if followsBreak {
            emit(precedesWord ? Scalars.leftSingleQuote : "'")
        } else if previous?.isASCIIDigit == true {
            emit("'")
        } else {
            emit(Scalars.apostrophe)
        }
        return 1
    }

    /// `«` gets exactly one narrow no-break space after it.
    mutating func typesetOpeningGuillemet() {
        emit(Scalars.leftGuillemet)
        emit(Scalars.narrowNoBreakSpace)
        isSkippingSpaces = true
    }

    /// `»` gets exactly one narrow no-break space before it.
    mutating func typesetClosingGuillemet() {
        removeTrailingSpaces()
        emit(Scalars.narrowNoBreakSpace)
        emit(Scalars.rightGuillemet)
    }

    private func isOpeningQuote(pairingIsOpen: Bool) -> Bool {
        let previous = output.last
        let followsBreak = previous.map { $0.isWhitespace || $0.isOpeningPunctuation } ?? true
        let precedesBreak = next.map { $0.isWhitespace || $0.isClosingOrSentencePunctuation } ?? true
        if followsBreak != precedesBreak { return followsBreak }
        return !pairingIsOpen
    }

    /// `'90s`: a quote standing for a century, followed by two digits (the quote and digits are single bytes).
    private var startsDecadeElision: Bool {
        input.isASCIIDigit(at: offset + 1) && input.isASCIIDigit(at: offset + 2) && !input.isASCIIDigit(at: offset + 3)
    }
}
