/// Byte constants and classes used by the HTTP parser and the path decoder, which work on UTF-8 bytes.
extension UInt8 {
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let slash: UInt8 = 0x2F
    static let backslash: UInt8 = 0x5C
    static let colon: UInt8 = 0x3A
    static let period: UInt8 = 0x2E
    static let percent: UInt8 = 0x25
    static let zero: UInt8 = 0x30
    static let questionMark: UInt8 = 0x3F

    /// The value of an ASCII hexadecimal digit.
    var hexValue: UInt8? {
        switch self {
        case 0x30...0x39: self - 0x30
        case 0x41...0x46: self - 0x41 + 10
        case 0x61...0x66: self - 0x61 + 10
        default: nil
        }
    }

    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isVisibleASCII: Bool { self > 0x20 && self < 0x7F }

    /// `tchar` of RFC 9110 §5.6.2.
    var isTokenCharacter: Bool {
        switch self {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0x21, 0x23...0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E...0x60, 0x7C, 0x7E: true  // !#$%&'*+-.^_`|~
        default: false
        }
    }
}

extension ArraySlice<UInt8> {
    /// The slice without leading and trailing spaces and tabs.
    func trimmingOptionalWhitespace() -> ArraySlice<UInt8> {
        var slice = self
        while let first = slice.first, first == .space || first == .tab { slice = slice.dropFirst() }
        while let last = slice.last, last == .space || last == .tab { slice = slice.dropLast() }
        return slice
    }
}
