/// A text split once into words, shared by every lexicon-based recognizer so the bytes are scanned a single
/// time. Works on UTF-8 bytes; only non-ASCII scalars are decoded.
struct TokenizedText {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var tokens: [WordToken] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tokenize()
    }

    /// The folded words of `text`, the form lexicon entries are stored in (`Marie-Hélène` → `marie`, `helene`).
    static func foldedWords(of text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { TokenizedText($0).tokens.map(\.folded) }
    }

    private mutating func tokenize() {
        var folded: [UInt8] = []
        var key = WordKey.seed
        folded.reserveCapacity(32)
        var start = -1
        var capitalized = false
        var letters = 0
        var upperLetters = 0
        var sentenceBoundary = true
        var tokenIsSentenceInitial = true
        var index = 0
        var line = 0
        let count = bytes.count

        func finish(at end: Int) {
            guard start >= 0 else { return }
            tokens.append(
                WordToken(
                    range: start..<end, folded: String(decoding: folded, as: UTF8.self), key: key,
                    isCapitalized: capitalized, isUppercase: letters >= 2 && upperLetters == letters,
                    isSentenceInitial: tokenIsSentenceInitial, line: line))
            start = -1
            folded.removeAll(keepingCapacity: true)
            key = WordKey.seed
        }

        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if let lower = ASCII.wordLowercase(byte) {
                    if start < 0 {
                        start = index
                        capitalized = ASCII.isUppercase(byte)
                        letters = 0
                        upperLetters = 0
                        tokenIsSentenceInitial = sentenceBoundary
                        sentenceBoundary = false
                    }
                    if ASCII.isLetter(byte) {
                        letters += 1
                        if ASCII.isUppercase(byte) { upperLetters += 1 }
                    }
                    folded.append(lower)
                    key = WordKey.adding(lower, to: key)
                } else {
                    finish(at: index)
                    if ASCII.endsSentence(byte) { sentenceBoundary = true }
                    if byte == UInt8(ascii: "\n") { line += 1 }
                }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
            let entry = ScalarFolding.entry(scalar)
            if entry.isWordCharacter {
                if start < 0 {
                    start = index
                    capitalized = entry.isUppercase
                    letters = 0
                    upperLetters = 0
                    tokenIsSentenceInitial = sentenceBoundary
                    sentenceBoundary = false
                }
                if !entry.folded.isEmpty {
                    letters += 1
                    if entry.isUppercase { upperLetters += 1 }
                }
                folded.append(contentsOf: entry.folded)
                for byte in entry.folded { key = WordKey.adding(byte, to: key) }
            } else {
                finish(at: index)
                if scalar == "…" || scalar == "\u{2028}" { sentenceBoundary = true }
            }
            index += length
        }
        finish(at: count)
    }

    /// The bytes between token `index` and the next one, if any.
    func gap(after index: Int) -> Range<Int> {
        let end = index + 1 < tokens.count ? tokens[index + 1].range.lowerBound : bytes.count
        return tokens[index].range.upperBound..<end
    }

    /// Whether token `index` and the next form one name or phrase: separated only by spaces, a hyphen, an
    /// initial's period, an apostrophe (`Kerloc'h`, `N’Diaye`) or a non-breaking space, within three bytes
    /// and on the same line.
    func joinsNext(_ index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let gap = gap(after: index)
        guard !gap.isEmpty, gap.count <= 3 else { return false }
        var position = gap.lowerBound
        while position < gap.upperBound {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "\t"), UInt8(ascii: "'"):
                position += 1
            case 0xC2 where position + 1 < gap.upperBound && bytes[position + 1] == 0xA0:
                position += 2
            case 0xE2 where position + 2 < gap.upperBound && bytes[position + 1] == 0x80 && bytes[position + 2] == 0x99:
                position += 3
            default:
                return false
            }
        }
        return true
    }

    /// Whether the gap before token `index` is exactly `separator` (e.g. `-` in `Saint-Martin`).
    func gapBefore(_ index: Int, is separator: UInt8) -> Bool {
        guard index > 0 else { return false }
        let gap = self.gap(after: index - 1)
        return gap.count == 1 && bytes[gap.lowerBound] == separator
    }

    /// The first non-space byte after token `index`, or nil at the end of the text.
    func nextSignificantByte(after index: Int) -> UInt8? {
        var position = tokens[index].range.upperBound
        while position < bytes.count {
            let byte = bytes[position]
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != 0xC2 && byte != 0xA0 { return byte }
            position += 1
        }
        return nil
    }
}
