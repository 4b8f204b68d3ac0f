/// Byte-level helpers for the ASCII part of UTF-8 text.
enum ASCII {
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    static func lowercase(_ byte: UInt8) -> UInt8 { isUppercase(byte) ? byte + 0x20 : byte }

    /// The lowercase form of a letter or digit, nil for any other byte.
    static func wordLowercase(_ byte: UInt8) -> UInt8? {
        if isUppercase(byte) { return byte + 0x20 }
        if isLetter(byte) || isDigit(byte) { return byte }
        return nil
    }

    static func endsSentence(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "\n"),
            UInt8(ascii: ";"):
            true
        default:
            false
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}
