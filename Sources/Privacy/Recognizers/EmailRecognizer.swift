/// Finds e-mail addresses (`prenom.nom+tag@mail.exemple.fr`) and their usual obfuscations: `[at]`, `(at)`,
/// `{at}`, ` at `, ` arobase `, ` chez `, `[arobase]` for the `@`, and `[dot]`, `(dot)`, `[point]`,
/// `(point)` for the dots (also ` dot ` and ` point ` in the domain after an obfuscated `@`). Local parts may
/// hold accented letters; domains are ASCII with a letters-only top-level domain of 2 or more letters.
public struct EmailRecognizer: Recognizer {
    private static let atWords = KeywordList(["at", "arobase", "arobas", "chez"])
    private static let dotWords = KeywordList(["dot", "point"])
    private static let maximumLocalPartLength = 64
    private static let maximumDomainLength = 255
    /// The longest `[ point ]` the local part scanner looks back for.
    private static let maximumBracketedWordLength = 12

    /// A recognizer; it holds no state and can be shared across threads.
    public init() {}

    /// The spans of `bytes` (UTF-8) this recognizer flags, in text order.
    public func findings(in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        let text = RecognizerText(bytes)
        var findings: [Finding] = []
        var position = 0
        while position < text.count {
            guard let separator = atSeparator(in: text, at: position) else {
                position = text.nextCandidate(after: position)
                continue
            }
            if let address = address(in: text, around: separator) {
                findings.append(Finding(range: address, category: .email))
                position = address.upperBound
            } else {
                position = separator.range.upperBound
            }
        }
        return findings
    }

    /// What stands for the `@` of an address: the sign itself or an obfuscation, which may have spaces
    /// around it.
    private struct AtSeparator {
        var range: Range<Int>
        var isObfuscated: Bool
    }

    private func atSeparator(in text: RecognizerText, at index: Int) -> AtSeparator? {
        let byte = text[index]
        if byte == RecognizerBytes.at { return AtSeparator(range: index..<index + 1, isObfuscated: false) }
        if let end = bracketedWord(Self.atWords, in: text, at: index) {
            return AtSeparator(range: index..<end, isObfuscated: true)
        }
        guard byte | 0x20 == UInt8(ascii: "a") || byte | 0x20 == UInt8(ascii: "c"),
            text.spaceLength(at: index - 1) > 0 || text.byte(at: index - 1) == RecognizerBytes.space,
            let end = Self.atWords.match(in: text, at: index), text.spaceLength(at: end) > 0
        else { return nil }
        return AtSeparator(range: index..<end, isObfuscated: true)
    }

    /// The end of `[word]`, `(word)` or `{word}` (inner spaces allowed) starting at `index`, or nil.
    private func bracketedWord(_ words: KeywordList, in text: RecognizerText, at index: Int) -> Int? {
        let closing: UInt8
        switch text[index] {
        case UInt8(ascii: "["): closing = UInt8(ascii: "]")
        case RecognizerBytes.openParenthesis: closing = RecognizerBytes.closeParenthesis
        case UInt8(ascii: "{"): closing = UInt8(ascii: "}")
        default: return nil
        }
        let wordStart = text.skippingSpaces(from: index + 1)
        guard let wordEnd = words.match(in: text, at: wordStart) else { return nil }
        let end = text.skippingSpaces(from: wordEnd)
        return text.byte(at: end) == closing ? end + 1 : nil
    }

    private func address(in text: RecognizerText, around separator: AtSeparator) -> Range<Int>? {
        let localEnd =
            separator.isObfuscated
            ? text.skippingSpaces(backwardFrom: separator.range.lowerBound) : separator.range.lowerBound
        let domainStart =
            separator.isObfuscated
            ? text.skippingSpaces(from: separator.range.upperBound) : separator.range.upperBound
        guard let localStart = localPartStart(in: text, endingAt: localEnd),
            let domainEnd = domainEnd(in: text, from: domainStart, allowsBareDotWords: separator.isObfuscated)
        else { return nil }
        return localStart..<domainEnd
    }

    /// The start of the local part that ends at `end`: letters, digits, `._%+-` and obfuscated dots
    /// (`prenom [dot] nom`), beginning with a letter or digit; nil when empty.
    private func localPartStart(in text: RecognizerText, endingAt end: Int) -> Int? {
        var start = end
        while end - start < Self.maximumLocalPartLength, start > 0 {
            let byte = text[start - 1]
            if byte < 0x80 {
                if RecognizerBytes.isAlphanumeric(byte) || "._%+-".utf8.contains(byte) {
                    start -= 1
                } else if let dotStart = obfuscatedDotStart(in: text, endingAt: start),
                    text.isWordCharacter(before: dotStart)
                {
                    start = dotStart
                } else {
                    break
                }
            } else {
                guard let previous = text.scalar(before: start), RecognizerText.isLetter(previous.scalar) else { break }
                start = previous.start
            }
        }
        while start < end, !text.isWordCharacter(at: start) { start += 1 }
        return start < end ? start : nil
    }

    /// The start of an obfuscated dot (` [dot] `, `(point)`), spaces included, that ends at `end`, or nil.
    private func obfuscatedDotStart(in text: RecognizerText, endingAt end: Int) -> Int? {
        let closeEnd = text.skippingSpaces(backwardFrom: end)
        let opening: UInt8
        switch text.byte(at: closeEnd - 1) {
        case UInt8(ascii: "]"): opening = UInt8(ascii: "[")
        case RecognizerBytes.closeParenthesis: opening = RecognizerBytes.openParenthesis
        case UInt8(ascii: "}"): opening = UInt8(ascii: "{")
        default: return nil
        }
        var open = closeEnd - 1
        while open > max(0, closeEnd - Self.maximumBracketedWordLength), text[open] != opening { open -= 1 }
        guard text[open] == opening, bracketedWord(Self.dotWords, in: text, at: open) == closeEnd else { return nil }
        return text.skippingSpaces(backwardFrom: open)
    }

    /// The end of the domain starting at `start`: two or more labels of letters, digits and hyphens, joined
    /// by dots or obfuscated dots, the last one letters only; nil when there is none.
    private func domainEnd(in text: RecognizerText, from start: Int, allowsBareDotWords: Bool) -> Int? {
        var position = start
        var labelCount = 0
        var lastLabelIsAlphabetic = false
        var end: Int?
        while position - start < Self.maximumDomainLength {
            let labelStart = position
            var isAlphabetic = true
            while let byte = text.byte(at: position),
                RecognizerBytes.isAlphanumeric(byte) || byte == RecognizerBytes.hyphen
            {
                isAlphabetic = isAlphabetic && RecognizerBytes.isLetter(byte)
                position += 1
            }
            guard position > labelStart, text[labelStart] != RecognizerBytes.hyphen,
                text[position - 1] != RecognizerBytes.hyphen, !text.isWordCharacter(at: position)
            else { break }
            labelCount += 1
            lastLabelIsAlphabetic = isAlphabetic && position - labelStart >= 2
            if labelCount >= 2, lastLabelIsAlphabetic { end = position }
            guard let next = dotEnd(in: text, at: position, allowsBareDotWords: allowsBareDotWords) else { break }
            position = next
        }
        return end
    }

    /// The end of the dot at `index` (`.`, `[dot]`, ` (point) `, ` dot ` when `allowsBareDotWords`) when a
    /// label follows it, or nil.
    private func dotEnd(in text: RecognizerText, at index: Int, allowsBareDotWords: Bool) -> Int? {
        if text.byte(at: index) == RecognizerBytes.dot {
            return text.byte(at: index + 1).map(RecognizerBytes.isAlphanumeric) == true ? index + 1 : nil
        }
        let open = text.skippingSpaces(from: index)
        guard open < text.count else { return nil }
        let close: Int
        if let bracketed = bracketedWord(Self.dotWords, in: text, at: open) {
            close = bracketed
        } else if allowsBareDotWords, open > index, let word = Self.dotWords.match(in: text, at: open),
            text.spaceLength(at: word) > 0
        {
            close = word
        } else {
            return nil
        }
        let next = text.skippingSpaces(from: close)
        return text.byte(at: next).map(RecognizerBytes.isAlphanumeric) == true ? next : nil
    }
}
