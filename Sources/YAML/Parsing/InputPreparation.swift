import Diagnostics

/// Turns raw bytes into what the parser reads: BOM skipped, UTF-8 and characters checked,
/// line breaks normalized to `\n` (CR LF and lone CR both count as one line break).
enum InputPreparation {
    static func prepare(_ bytes: [UInt8], firstLine: Int) throws(YAMLError) -> [UInt8] {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let content = bytes[start...]
        try validate(content, firstLine: firstLine)
        guard content.contains(.carriageReturn) else { return Array(content) }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(content.count)
        var index = content.startIndex
        while index < content.endIndex {
            let byte = content[index]
            if byte == .carriageReturn {
                normalized.append(.lineFeed)
                if index + 1 < content.endIndex, content[index + 1] == .lineFeed { index += 1 }
            } else {
                normalized.append(byte)
            }
            index += 1
        }
        return normalized
    }

    /// Throws at the first byte of the first sequence that is not well-formed UTF-8 (overlong forms,
    /// surrogates and values above U+10FFFF included) or that is a control character other than tab, LF and CR.
    static func validate(_ bytes: ArraySlice<UInt8>, firstLine: Int) throws(YAMLError) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                if (lead < 0x20 && lead != .tab && lead != .lineFeed && lead != .carriageReturn) || lead == 0x7F {
                    throw .controlCharacter(lead, location: location(of: index, in: bytes, firstLine: firstLine))
                }
                index += 1
                continue
            }
            guard let length = sequenceLength(at: index, in: bytes) else {
                throw .invalidUTF8(location: location(of: index, in: bytes, firstLine: firstLine))
            }
            index += length
        }
    }

    /// Length of the well-formed sequence starting at `index`, or nil.
    private static func sequenceLength(at index: Int, in bytes: ArraySlice<UInt8>) -> Int? {
        let lead = bytes[index]
        let (length, secondRange): (Int, ClosedRange<UInt8>)
        switch lead {
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: return nil
        }
        guard index + length <= bytes.endIndex, secondRange.contains(bytes[index + 1]) else { return nil }
        for next in (index + 2)..<(index + length) where !bytes[next].isUTF8Continuation { return nil }
        return length
    }

    /// Line and column (Unicode scalars) of `offset`, given that the bytes before it are valid.
    private static func location(of offset: Int, in bytes: ArraySlice<UInt8>, firstLine: Int) -> SourceLocation {
        var line = firstLine
        var column = 1
        var index = bytes.startIndex
        while index < offset {
            let byte = bytes[index]
            if byte == .lineFeed || (byte == .carriageReturn && bytes[index + 1] != .lineFeed) {
                line += 1
                column = 1
            } else if !byte.isUTF8Continuation && byte != .carriageReturn {
                column += 1
            }
            index += 1
        }
        return SourceLocation(line: line, column: column)
    }
}
