/// Finds the name a post is signed with, on one of its last two lines: `Claire`, `— Claire`, `Claire D.`,
/// `Bises, Claire`, `Claire (IDE à Rennes)`, `Claire, IDE libérale`. A signature is a segment of one to four
/// capitalised words (surname particles allowed; a lone known first name in any case) that starts with a
/// known first name, or follows a closing formula (`Bises`, `Cordialement`, `Signé`) or a leading dash.
struct SignatureDetector {
    var lexicon: MemberLexicon

    private static let maximumWords = 4
    private static let particles = WordSet(["le", "la", "de", "du", "des", "d", "van", "von", "di", "da", "ben", "el"])

    func findings(in text: TokenizedText, into findings: inout [Finding]) {
        let tokens = text.tokens
        var lineEnd = tokens.count
        var closingBefore = false
        var lines: [Range<Int>] = []
        // The last two lines holding words, last first.
        while lineEnd > 0, lines.count < 2 {
            let line = tokens[lineEnd - 1].line
            var lineStart = lineEnd - 1
            while lineStart > 0, tokens[lineStart - 1].line == line { lineStart -= 1 }
            lines.append(lineStart..<lineEnd)
            lineEnd = lineStart
        }
        for line in lines.reversed() {
            closingBefore = scan(line: line, in: text, closingBefore: closingBefore, into: &findings)
        }
    }

    /// Scans one line's segments; returns whether the line ends with a closing formula.
    private func scan(line: Range<Int>, in text: TokenizedText, closingBefore: Bool, into findings: inout [Finding])
        -> Bool
    {
        var afterClosing = closingBefore || startsWithDash(line.lowerBound, in: text)
        var segmentStart = line.lowerBound
        var index = line.lowerBound
        while index < line.upperBound {
            let separator = index + 1 < line.upperBound ? segmentSeparator(after: index, in: text) : .end
            if separator == .none {
                index += 1
                continue
            }
            let segment = segmentStart...index
            if isSignature(segment, in: text, afterClosing: afterClosing) {
                let range = text.tokens[segment.lowerBound].range.lowerBound..<text.tokens[index].range.upperBound
                findings.append(Finding(range: range, category: .name))
            }
            if separator == .parenthesis { return false }
            afterClosing = ConversationCues.closings.contains(text.tokens[index].key)
            segmentStart = index + 1
            index += 1
        }
        return afterClosing
    }

    private func isSignature(_ segment: ClosedRange<Int>, in text: TokenizedText, afterClosing: Bool) -> Bool {
        guard segment.count <= Self.maximumWords else { return false }
        let first = text.tokens[segment.lowerBound]
        let startsWithFirstName = lexicon.firstNames.contains(first.key) || FrenchFirstNames.all.contains(first.key)
        if segment.count == 1, startsWithFirstName, afterClosing || !FrenchCommonWords.all.contains(first.key) {
            return true
        }
        // Surname particles may be capitalised or not (`Le Quéré`, `de Villiers`).
        let isNameShaped = segment.allSatisfy { text.tokens[$0].isCapitalized || Self.particles.contains(text.tokens[$0].key) }
        guard isNameShaped, first.isCapitalized else { return false }
        if startsWithFirstName { return true }
        return afterClosing && !FrenchCommonWords.all.contains(first.key)
    }

    private enum Separator { case none, comma, parenthesis, end }

    /// What separates token `index` from the next one on the same line.
    private func segmentSeparator(after index: Int, in text: TokenizedText) -> Separator {
        for position in text.gap(after: index) {
            switch text.bytes[position] {
            case UInt8(ascii: "("), UInt8(ascii: "["): return .parenthesis
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "/"),
                UInt8(ascii: "|"), UInt8(ascii: ":"):
                return .comma
            case 0x94, 0x93: return .comma  // the last byte of an em or en dash
            default: continue
            }
        }
        return .none
    }

    /// A line starting with a dash (`— Claire`, `-- Claire`) announces a signature.
    private func startsWithDash(_ index: Int, in text: TokenizedText) -> Bool {
        let start = text.tokens[index].range.lowerBound
        var position = start - 1
        var sawDash = false
        while position >= 0 {
            let byte = text.bytes[position]
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: "-") || byte == 0x94 || byte == 0x93 { sawDash = true }
            else if !(byte == UInt8(ascii: " ") || byte == 0x80 || byte == 0xE2) { return false }
            position -= 1
        }
        return sawDash
    }
}
