import Diagnostics

/// The core schema's integer and float forms, on UTF-8 bytes.
enum NumberSyntax {
    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`; nil if `bytes` is not one of them;
    /// throws when it is one but does not fit in `Int`.
    static func integer(_ bytes: [UInt8], text: String, at location: SourceLocation) throws(YAMLError) -> Int? {
        let (radix, digits): (Int, ArraySlice<UInt8>)
        if bytes.starts(with: Array("0x".utf8)) {
            (radix, digits) = (16, bytes[2...])
        } else if bytes.starts(with: Array("0o".utf8)) {
            (radix, digits) = (8, bytes[2...])
        } else {
            let signLength = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? 1 : 0
            (radix, digits) = (10, bytes[signLength...])
        }
        guard !digits.isEmpty, digits.allSatisfy({ isDigit($0, radix: radix) }) else { return nil }
        let sign = bytes.first == UInt8(ascii: "-") ? "-" : ""
        guard let value = Int(sign + String(decoding: digits, as: UTF8.self), radix: radix) else {
            throw .numberOutOfRange(text, location: location)
        }
        return value
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    static func isFloat(_ bytes: [UInt8]) -> Bool {
        var index = bytes.first.map(isSign) == true ? 1 : 0
        let integerDigits = countDigits(bytes, from: index)
        index += integerDigits
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fractionDigits = countDigits(bytes, from: index)
            index += fractionDigits
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, isSign(bytes[index]) { index += 1 }
            let exponentDigits = countDigits(bytes, from: index)
            guard exponentDigits > 0 else { return false }
            index += exponentDigits
        }
        return index == bytes.count
    }

    private static func isSign(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
    }

    private static func countDigits(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, isDigit(bytes[index], radix: 10) { index += 1 }
        return index - start
    }

    private static func isDigit(_ byte: UInt8, radix: Int) -> Bool {
        guard let value = byte.hexDigitValue else { return false }
        return Int(value) < radix && (radix == 16 || byte <= UInt8(ascii: "9"))
    }
}
