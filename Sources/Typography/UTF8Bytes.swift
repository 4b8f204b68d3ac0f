/// Scalars read straight from UTF-8, forwards or backwards, so that rules see scalars while the text stays
/// in bytes. Offsets are always those of a scalar's first byte; the bytes are valid UTF-8 (they come from
/// `String`s, and only whole scalars are ever written or removed).
extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// The scalar whose first byte is at `offset`, or `nil` past the end.
    func scalar(at offset: Int) -> Unicode.Scalar? {
        guard offset < endIndex else { return nil }
        let lead = UInt32(self[offset])
        if lead < 0x80 { return Unicode.Scalar(UInt8(lead)) }
        var value: UInt32
        if lead < 0xE0 {
            value = lead & 0x1F
        } else if lead < 0xF0 {
            value = lead & 0x0F
        } else {
            value = lead & 0x07
        }
        for continuation in (offset + 1)..<(offset + Self.scalarLength(lead: UInt8(lead))) {
            value = value << 6 | UInt32(self[continuation] & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    /// Whether the byte at `offset` is an ASCII digit; `false` past the end. Digits are single bytes and no
    /// byte of another scalar looks like one.
    func isASCIIDigit(at offset: Int) -> Bool {
        offset < endIndex && self[offset] &- UInt8(ascii: "0") < 10
    }

    /// Where the scalar that ends just before `offset` starts.
    func scalarStart(before offset: Int) -> Int {
        var start = offset - 1
        while self[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// How many bytes the scalar whose first byte is `lead` takes.
    static func scalarLength(lead: UInt8) -> Int {
        switch lead {
        case ..<0x80: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }
}
