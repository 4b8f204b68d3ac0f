/// Text with its whitespace runs made single spaces and its ends trimmed: what
/// `split(whereSeparator: \.isWhitespace).joined(separator: " ")` gives, for link texts and the preheader.
enum WhitespaceCollapsing {
    /// `text` (UTF-8) collapsed.
    static func collapsed(_ text: [UInt8]) -> String {
        text.withUnsafeBufferPointer { bytes in
            collapsedOnScalars(bytes)
                ?? String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    /// The same, one Unicode scalar at a time, for text where every scalar is a character of its own (CR LF aside,
    /// both whitespace): a scalar from the blocks below has no grapheme cluster property that would join it to its
    /// neighbours. `nil` for any other text, and for invalid UTF-8.
    private static func collapsedOnScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var pendingSpace = false
        while index < bytes.count {
            guard let (scalar, length) = decodeScalar(bytes, at: index), isSingleScalarCharacter(scalar) else {
                return nil
            }
            if isWhitespace(scalar) {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(UInt8(ascii: " ")) }
                pendingSpace = false
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
            }
            index += length
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// ASCII, Latin-1 Supplement to Spacing Modifier Letters, General Punctuation but its joiners (ZWNJ, ZWJ), and
    /// Currency Symbols: grapheme cluster break `Other`, `Control`, `CR` or `LF`, never `Extend`, `Prepend` or the like.
    private static func isSingleScalarCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0...0x02FF, 0x2000...0x200B, 0x200E...0x206F, 0x20A0...0x20CF: true
        default: false
        }
    }

    /// Unicode `White_Space` (what `Character.isWhitespace` tests), within the scalars above.
    private static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F: true
        default: false
        }
    }

    /// The scalar starting at `index` and its length in bytes; `nil` for an ill-formed sequence.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        let minimum: UInt32
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for position in (index + 1)..<(index + length) {
            let byte = bytes[position]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return nil }
        return (scalar, length)
    }
}
