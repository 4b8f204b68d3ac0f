/// The text a recognizer scans: UTF-8 bytes plus the few scalar-aware questions scanners ask about them
/// (is this a letter, a word boundary, a space, does a keyword start here). Every question looks at a bounded
/// number of bytes, so scanners that ask them once per position stay linear.
struct RecognizerText {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var count: Int { bytes.count }

    subscript(index: Int) -> UInt8 { bytes[index] }

    /// The byte at `index`, or nil outside the text.
    func byte(at index: Int) -> UInt8? { index >= 0 && index < bytes.count ? bytes[index] : nil }

    func isDigit(at index: Int) -> Bool { byte(at: index).map(RecognizerBytes.isDigit) ?? false }

    // MARK: Scalars

    /// The scalar starting at `index` and its length in bytes; nil at the end or on invalid UTF-8.
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard let lead = byte(at: index) else { return nil }
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// The scalar that ends just before `index` and the offset where it starts.
    func scalar(before index: Int) -> (scalar: Unicode.Scalar, start: Int)? {
        guard index > 0, index <= bytes.count else { return nil }
        var start = index - 1
        while start > 0, index - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let decoded = scalar(at: start), start + decoded.length == index else { return nil }
        return (decoded.scalar, start)
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return RecognizerBytes.isLetter(UInt8(value)) }
        if value >= 0xC0 && value <= 0x24F { return value != 0xD7 && value != 0xF7 }
        if value < 0xC0 { return value == 0xAA || value == 0xB5 || value == 0xBA }
        return scalar.properties.isAlphabetic
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return RecognizerBytes.isUppercase(UInt8(value)) }
        if value >= 0xC0 && value <= 0xDE { return value != 0xD7 }
        if value < 0x100 { return false }
        return scalar.properties.isUppercase
    }

    /// Whether a letter or a digit starts at `index` (letters and digits glue words together).
    func isWordCharacter(at index: Int) -> Bool {
        guard let byte = byte(at: index) else { return false }
        if byte < 0x80 { return RecognizerBytes.isAlphanumeric(byte) }
        return scalar(at: index).map { Self.isLetter($0.scalar) } ?? false
    }

    /// Whether a letter or a digit ends just before `index`.
    func isWordCharacter(before index: Int) -> Bool {
        guard let byte = byte(at: index - 1) else { return false }
        if byte < 0x80 { return RecognizerBytes.isAlphanumeric(byte) }
        return scalar(before: index).map { Self.isLetter($0.scalar) } ?? false
    }

    func isLetter(at index: Int) -> Bool {
        guard let byte = byte(at: index) else { return false }
        if byte < 0x80 { return RecognizerBytes.isLetter(byte) }
        return scalar(at: index).map { Self.isLetter($0.scalar) } ?? false
    }

    func isUppercaseLetter(at index: Int) -> Bool {
        guard let byte = byte(at: index) else { return false }
        if byte < 0x80 { return RecognizerBytes.isUppercase(byte) }
        return scalar(at: index).map { Self.isUppercase($0.scalar) } ?? false
    }

    /// The length of the letter starting at `index`, 0 when none does.
    func letterLength(at index: Int) -> Int {
        guard let byte = byte(at: index) else { return 0 }
        if byte < 0x80 { return RecognizerBytes.isLetter(byte) ? 1 : 0 }
        guard let decoded = scalar(at: index), Self.isLetter(decoded.scalar) else { return 0 }
        return decoded.length
    }

    /// The end of the run of letters starting at `index` (`index` itself when no letter starts there).
    func endOfLetters(from index: Int) -> Int {
        var end = index
        while true {
            let length = letterLength(at: end)
            if length == 0 { return end }
            end += length
        }
    }

    /// Where a scanner goes next when nothing starts at `index`: the end of the word (letters and digits) that
    /// starts there, or the next byte. Scanners whose matches start at word starts skip whole words this way.
    func nextCandidate(after index: Int) -> Int {
        var position = index
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                guard RecognizerBytes.isAlphanumeric(byte) else { break }
                position += 1
            } else {
                guard let decoded = scalar(at: position), Self.isLetter(decoded.scalar) else { break }
                position += decoded.length
            }
        }
        return max(position, index + 1)
    }

    // MARK: Spaces and punctuation

    /// The length of the space starting at `index`: ASCII space or tab, no-break space, narrow no-break or thin
    /// space (French typography puts them before `:` and inside numbers); 0 when none does.
    func spaceLength(at index: Int) -> Int {
        guard let byte = byte(at: index) else { return 0 }
        switch byte {
        case 0x20, 0x09: return 1
        case 0xC2: return self.byte(at: index + 1) == 0xA0 ? 2 : 0
        case 0xE2:
            guard self.byte(at: index + 1) == 0x80, let last = self.byte(at: index + 2) else { return 0 }
            return last == 0xAF || last == 0x89 || last == 0x8A ? 3 : 0
        default: return 0
        }
    }

    /// The first offset from `index` that does not start an inline space.
    func skippingSpaces(from index: Int) -> Int {
        var position = index
        while true {
            let length = spaceLength(at: position)
            if length == 0 { return position }
            position += length
        }
    }

    /// The start of the inline spaces that end at `index` (`index` itself when none do).
    func skippingSpaces(backwardFrom index: Int) -> Int {
        var position = index
        while position > 0 {
            if RecognizerBytes.isInlineSpace(bytes[position - 1]) {
                position -= 1
            } else if position >= 2, bytes[position - 2] == 0xC2, bytes[position - 1] == 0xA0 {
                position -= 2
            } else if position >= 3, bytes[position - 3] == 0xE2, bytes[position - 2] == 0x80,
                [0xAF, 0x89, 0x8A].contains(bytes[position - 1])
            {
                position -= 3
            } else {
                return position
            }
        }
        return position
    }

    /// The length of an apostrophe at `index` (`'` or the typographic `’`), 0 when none.
    func apostropheLength(at index: Int) -> Int {
        guard let byte = byte(at: index) else { return 0 }
        if byte == RecognizerBytes.apostrophe { return 1 }
        if byte == 0xE2, self.byte(at: index + 1) == 0x80, self.byte(at: index + 2) == 0x99 { return 3 }
        return 0
    }

    // MARK: Keywords

    /// The byte at `index` folded for case-insensitive comparison: ASCII and Latin-1 capitals (`É` → `é`)
    /// become lowercase.
    func foldedByte(at index: Int) -> UInt8 {
        let byte = bytes[index]
        if RecognizerBytes.isUppercase(byte) { return byte | 0x20 }
        if byte >= 0x80, byte <= 0x9E, byte != 0x97, index > 0, bytes[index - 1] == 0xC3 { return byte + 0x20 }
        return byte
    }

    /// Whether `pattern` (lowercase UTF-8) occurs at `index`, ignoring case.
    func matchesFolded(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where foldedByte(at: index + offset) != pattern[offset] {
            return false
        }
        return true
    }

    /// Whether `pattern` occurs at `index` byte for byte.
    func matchesExactly(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// Whether `pattern` occurs at `index` as a whole word, ignoring case.
    func matchesWord(_ pattern: [UInt8], at index: Int) -> Bool {
        !isWordCharacter(before: index) && matchesFolded(pattern, at: index)
            && !isWordCharacter(at: index + pattern.count)
    }

    /// Whether one of `words` ends exactly at `index` as a whole word, ignoring case.
    func endsWithWord(_ words: [[UInt8]], at index: Int) -> Bool {
        words.contains { matchesWord($0, at: index - $0.count) }
    }
}
