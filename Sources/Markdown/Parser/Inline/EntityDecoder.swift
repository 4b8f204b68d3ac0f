/// Decodes `&name;`, `&#123;` and `&#x1F;` references.
enum EntityDecoder {
    /// The UTF-8 bytes of the reference at `start` (an `&`) and the index after its `;`.
    static func decode(_ input: [UInt8], at start: Int, end: Int) -> (bytes: [UInt8], next: Int)? {
        var index = start + 1
        guard index < end else { return nil }
        if input[index] == UInt8(ascii: "#") {
            index += 1
            var value: UInt32 = 0
            let digitsStart: Int
            if index < end && (input[index] | 0x20) == UInt8(ascii: "x") {
                index += 1
                digitsStart = index
                while index < end && ByteClass.isHexDigit(input[index]) && index - digitsStart < 6 {
                    let byte = input[index]
                    let digit = ByteClass.isDigit(byte) ? byte - UInt8(ascii: "0") : (byte | 0x20) - UInt8(ascii: "a") + 10
                    value = value * 16 + UInt32(digit)
                    index += 1
                }
            } else {
                digitsStart = index
                while index < end && ByteClass.isDigit(input[index]) && index - digitsStart < 7 {
                    value = value * 10 + UInt32(input[index] - UInt8(ascii: "0"))
                    index += 1
                }
            }
            guard index > digitsStart, index < end, input[index] == UInt8(ascii: ";") else { return nil }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (Array(String(scalar ?? "\u{FFFD}").utf8), index + 1)
        }
        let nameStart = index
        while index < end && ByteClass.isAlphanumeric(input[index]) && index - nameStart < 32 { index += 1 }
        guard index > nameStart, index < end, input[index] == UInt8(ascii: ";") else { return nil }
        guard let value = EntityTable.value(of: input[nameStart..<index]) else { return nil }
        return (value, index + 1)
    }
}
