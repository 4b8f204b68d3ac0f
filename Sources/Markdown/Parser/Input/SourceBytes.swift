/// Prepares source bytes for parsing: invalid UTF-8 and NUL become U+FFFD, as the spec requires.
enum SourceBytes {
    /// Returns valid UTF-8 without NUL bytes.
    static func normalize<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        let input = Array(bytes)
        if isValidWithoutNUL(input) { return input }
        // Decoding as a String repairs invalid sequences with U+FFFD.
        var result = [UInt8]()
        result.reserveCapacity(input.count + 16)
        for byte in String(decoding: input, as: UTF8.self).utf8 {
            if byte == 0 {
                result.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                result.append(byte)
            }
        }
        return result
    }

    /// One pass over the bytes: well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF) and no NUL.
    private static func isValidWithoutNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            var index = 0
            let count = buffer.count
            while index < count {
                // ASCII fast path, eight bytes at a time: no high bit set and no zero byte.
                while index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                    let hasZeroByte = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                    if hasHighBit || hasZeroByte { break }
                    index += 8
                }
                guard index < count else { break }
                let lead = buffer[index]
                if lead < 0x80 {
                    if lead == 0 { return false }
                    index += 1
                    continue
                }
                let length: Int
                let minimum: UInt32
                var value: UInt32
                switch lead {
                case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F); minimum = 0x80
                case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F); minimum = 0x800
                case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07); minimum = 0x10000
                default: return false
                }
                guard index + length <= count else { return false }
                for offset in 1..<length {
                    let continuation = buffer[index + offset]
                    guard continuation & 0xC0 == 0x80 else { return false }
                    value = (value << 6) | UInt32(continuation & 0x3F)
                }
                if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return false }
                index += length
            }
            return true
        }
    }
}
