/// Finds the bytes a rule may concern without looking at the others one by one.
///
/// Candidates are the ASCII bytes from `!` to `?` (0x21 to 0x3F: the marks the rules change, the digits
/// before which a space may become a no-break one, and a few others such as `,` that are then let
/// through) and 0xC2, which starts `«`, `»` and the no-break space. Every scalar a rule changes is one of
/// these or starts with 0xC2, and neither can occur inside another scalar's UTF-8 (whose continuation
/// bytes are 0x80 to 0xBF). Letters, spaces and line breaks, most of prose, are not candidates.
enum ByteScan {
    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    static func isCandidate(_ byte: UInt8) -> Bool { byte &- 0x21 < 0x1F || byte == 0xC2 }

    /// The offset of the first candidate from `start` on, or `end` if there is none.
    static func firstCandidate(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var position = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while position + 8 <= end {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                let found = candidates(in: word)
                if found != 0 { return position + found.trailingZeroBitCount / 8 }
                position += 8
            }
        }
        while position < end && !isCandidate(bytes[position]) { position += 1 }
        return position
    }

    /// The high bit of each byte of `word` that is a candidate, exact up to the first one (in memory order).
    private static func candidates(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits = ones &* 0x80
        let low7 = word & (ones &* 0x7F)
        // Per byte, without carries between bytes: 0xBF - b has its high bit set when b < 0x40, b + 0x5F
        // when b > 0x20, and `~word` drops bytes that have it set already.
        let between = (ones &* 0xBF &- low7) & ~word & (low7 &+ ones &* 0x5F) & highBits
        // A zero byte where 0xC2 was; a borrow can only mark bytes after the first one.
        let xored = word ^ (ones &* 0xC2)
        let isC2 = (xored &- ones) & ~xored & highBits
        return between | isC2
    }
}
