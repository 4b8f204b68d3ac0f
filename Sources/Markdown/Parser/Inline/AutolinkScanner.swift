/// Recognises autolinks between angle brackets (spec section 6.5): `<scheme:…>` and `<user@host>`.
enum AutolinkScanner {
    /// The encoded destination and the index after `>` of an autolink starting at `start` (a `<`).
    static func scanAngleAutolink(_ input: [UInt8], from start: Int, to end: Int) -> (destination: String, next: Int)? {
        if let next = scanURI(input, from: start + 1, to: end) {
            let raw = String(decoding: input[start + 1..<next - 1], as: UTF8.self)
            return (URLEncoder.normalize(raw), next)
        }
        if let next = scanEmail(input, from: start + 1, to: end) {
            let raw = String(decoding: input[start + 1..<next - 1], as: UTF8.self)
            return (URLEncoder.normalize("mailto:" + raw), next)
        }
        return nil
    }

    private static func scanURI(_ input: [UInt8], from start: Int, to end: Int) -> Int? {
        guard start < end, ByteClass.isLetter(input[start]) else { return nil }
        var index = start + 1
        while index < end, ByteClass.isAlphanumeric(input[index]) || input[index] == UInt8(ascii: "+")
                || input[index] == UInt8(ascii: ".") || input[index] == UInt8(ascii: "-") {
            index += 1
        }
        let schemeLength = index - start
        guard schemeLength >= 2, schemeLength <= 32, index < end, input[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        while index < end {
            let byte = input[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if byte == UInt8(ascii: "<") || byte <= 0x20 { return nil }
            index += 1
        }
        return nil
    }

    private static let emailLocalPunctuation: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in ".!#$%&'*+/=?^_`{|}~-".utf8 { table[Int(byte)] = true }
        return table
    }()

    private static func isEmailLocal(_ byte: UInt8) -> Bool {
        ByteClass.isAlphanumeric(byte) || emailLocalPunctuation[Int(byte)]
    }

    private static func scanEmail(_ input: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end && isEmailLocal(input[index]) { index += 1 }
        guard index > start, index < end, input[index] == UInt8(ascii: "@") else { return nil }
        index += 1
        while true {
            let labelStart = index
            while index < end && (ByteClass.isAlphanumeric(input[index]) || input[index] == UInt8(ascii: "-")) { index += 1 }
            let length = index - labelStart
            guard length >= 1, length <= 63, ByteClass.isAlphanumeric(input[labelStart]),
                  ByteClass.isAlphanumeric(input[index - 1]) else { return nil }
            guard index < end else { return nil }
            if input[index] == UInt8(ascii: ">") { return index + 1 }
            guard input[index] == UInt8(ascii: ".") else { return nil }
            index += 1
        }
    }
}
