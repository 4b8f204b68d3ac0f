/// One pass over the scalar stream: each text scalar goes through the rule that concerns it.
struct Typesetter {
    let input: ScalarStream
    let language: TypographyLanguage
    var output: TypesetOutput
    /// The offset of the scalar being handled.
    var offset = 0
    /// Open double quotes, to pair them and to nest `« “ ” »`.
    var quoteDepth = 0
    /// After an opening guillemet, the spaces the input had there are replaced by the narrow one.
    var isSkippingSpaces = false

    init(runs: [TextRun], language: TypographyLanguage) {
        input = ScalarStream(runs)
        self.language = language
        output = TypesetOutput(isOpaque: input.isOpaque, capacity: input.scalars.count + 16)
    }

    var currentRun: Int { input.runIndices[offset] }
    var current: Unicode.Scalar { input.scalars[offset] }

    mutating func typesetAll() {
        while offset < input.scalars.count {
            if input.isOpaque(at: offset) {
                isSkippingSpaces = false
                emit(current)
                offset += 1
                continue
            }
            if isSkippingSpaces && current.isInlineSpace {
                offset += 1
                continue
            }
            isSkippingSpaces = false
            offset += handleCurrent()
        }
    }

    mutating func emit(_ scalar: Unicode.Scalar) {
        output.append(scalar, run: currentRun)
    }

    /// Handles the scalar at `offset` and returns how many input scalars it consumed.
    private mutating func handleCurrent() -> Int {
        switch current {
        case "\"": return typesetDoubleQuote()
        case "'": return typesetSingleQuote()
        case ".": return typesetDots()
        case "-": return typesetHyphens()
        case "!", "?", ":", ";": return typesetHighPunctuation()
        case Scalars.leftGuillemet where language == .fr: return typesetOpeningGuillemet()
        case Scalars.rightGuillemet where language == .fr: return typesetClosingGuillemet()
        case " ", Scalars.noBreakSpace: return typesetSpace()
        default:
            emit(current)
            return 1
        }
    }
}
