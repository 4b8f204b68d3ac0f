/// Byte classification shared by the recognizers' scanners. ASCII only: anything else is decided per scalar
/// by `RecognizerText`, which decodes UTF-8 around a position when needed.
enum RecognizerBytes {
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    static func isUppercase(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    static func isLowercase(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }

    /// The ASCII lowercase of a letter, any other byte unchanged.
    static func lowercased(_ byte: UInt8) -> UInt8 { isUppercase(byte) ? byte | 0x20 : byte }

    /// The value of a digit byte, `0...9`.
    static func digitValue(_ byte: UInt8) -> Int { Int(byte &- 0x30) }

    /// Horizontal white space inside a line (space, tab). Line breaks are not included: they end most spans.
    static func isInlineSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Any ASCII white space, line breaks included.
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    static let space = UInt8(ascii: " ")
    static let dot = UInt8(ascii: ".")
    static let hyphen = UInt8(ascii: "-")
    static let slash = UInt8(ascii: "/")
    static let comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":")
    static let apostrophe = UInt8(ascii: "'")
    static let plus = UInt8(ascii: "+")
    static let at = UInt8(ascii: "@")
    static let openParenthesis = UInt8(ascii: "(")
    static let closeParenthesis = UInt8(ascii: ")")
}
