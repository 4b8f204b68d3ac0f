extension Unicode.Scalar {
    var isASCIIDigit: Bool { value &- 0x30 < 10 }

    /// ASCII is answered without the Unicode property tables, which are slow to query.
    var isLetter: Bool { value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic }

    var isLetterOrDigit: Bool { isASCIIDigit || isLetter }

    /// Any whitespace, line breaks and no-break spaces included. ASCII is answered without the Unicode
    /// property tables: its White_Space scalars are the space and U+0009 to U+000D.
    var isWhitespace: Bool { value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : properties.isWhitespace }

    /// A space that may sit inside a line: ordinary, no-break or narrow no-break.
    var isInlineSpace: Bool {
        self == " " || self == Scalars.noBreakSpace || self == Scalars.narrowNoBreakSpace || self == "\t"
    }

    /// Punctuation after which a quote opens: `(`, `[`, `{`, opening quotes, dashes, `/`.
    var isOpeningPunctuation: Bool {
        switch self {
        case "(", "[", "{", "/", Scalars.leftGuillemet, Scalars.leftDoubleQuote, Scalars.leftSingleQuote,
            Scalars.enDash, Scalars.emDash, "-":
            true
        default:
            false
        }
    }

    /// Punctuation before which a quote closes.
    var isClosingOrSentencePunctuation: Bool {
        switch self {
        case ")", "]", "}", ".", ",", ";", ":", "!", "?", Scalars.ellipsis, Scalars.rightGuillemet,
            Scalars.rightDoubleQuote, Scalars.apostrophe:
            true
        default:
            false
        }
    }

    /// Double quotation marks, straight or typeset: a `:` before one still ends a clause.
    var isQuotationMark: Bool {
        switch self {
        case "\"", Scalars.leftGuillemet, Scalars.rightGuillemet, Scalars.leftDoubleQuote, Scalars.rightDoubleQuote:
            true
        default:
            false
        }
    }
}
