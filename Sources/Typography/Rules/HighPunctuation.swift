extension Typesetter {
    /// French puts a narrow no-break space before `;`, `:`, `!` and `?`. Only for marks that end a
    /// clause after a word: see ``Typographer`` for what is left alone, and why.
    mutating func typesetHighPunctuation() -> Int {
        let mark = current
        if language == .fr && needsSpaceBefore(mark) {
            removeTrailingSpaces()
            emit(Scalars.narrowNoBreakSpace)
        }
        emit(mark)
        return 1
    }

    private func needsSpaceBefore(_ mark: Unicode.Scalar) -> Bool {
        guard let previous = output.last, !Self.isHighPunctuation(previous),
            let word = output.lastBeforeSpaces, !word.isWhitespace
        else { return false }
        guard let next, !next.isWhitespace, !next.isQuotationMark else { return true }
        switch mark {
        case "!", "?":
            return next.isClosingOrSentencePunctuation || next == "'"
        default:
            // `14:30`, `1:2`, `http://`, `:)`, `;)`: a colon or semicolon inside a token is not prose.
            return false
        }
    }

    private static func isHighPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "!" || scalar == "?" || scalar == ":" || scalar == ";"
    }
}
