/// Terminal-style display width: wide East Asian characters and emoji count two columns,
/// combining marks and format characters none (they belong to the previous character).
enum DisplayWidth {
    static func of(_ text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        return width(of: text.unicodeScalars)
    }

    /// The width of UTF-8 bytes.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.count }
        return width(of: String(decoding: bytes, as: UTF8.self).unicodeScalars)
    }

    static func of(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { of($0) }
    }

    private static func width(of scalars: some Sequence<Unicode.Scalar>) -> Int {
        var width = 0
        for scalar in scalars { width += self.width(of: scalar) }
        return width
    }

    /// The width of one scalar. Latin text and general punctuation (French accents, `«`, `’`, narrow
    /// no-break spaces) are answered without the costly Unicode property lookup.
    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0..<0x300:
            return scalar.value == 0xAD ? 0 : 1 // the soft hyphen is a format character
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F:
            return 0 // format characters of General Punctuation
        case 0x2000...0x206F:
            return 1
        default:
            return propertyWidth(of: scalar)
        }
    }

    /// The width from the scalar's general category (marks and format characters are zero-width).
    static func propertyWidth(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: 0
        default: isWide(scalar) ? 2 : 1
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
