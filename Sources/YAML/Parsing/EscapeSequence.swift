/// Decoding of the `\` escapes of double-quoted scalars (YAML 1.2 §5.7).
enum EscapeSequence {
    /// Decodes the escape at the parser's cursor (a `\`), appending its UTF-8 bytes to `text`.
    static func decode(_ parser: inout Parser, into text: inout [UInt8]) throws(YAMLError) {
        let start = parser.location
        parser.advance()
        guard let letter = parser.peek() else { return }
        if let scalar = simpleEscapes[letter] {
            parser.advance()
            append(scalar, to: &text)
            return
        }
        let digitCount: Int
        switch letter {
        case UInt8(ascii: "x"): digitCount = 2
        case UInt8(ascii: "u"): digitCount = 4
        case UInt8(ascii: "U"): digitCount = 8
        default:
            throw .invalidEscape("\\" + currentScalar(of: parser), location: start)
        }
        parser.advance()
        var value: UInt32 = 0
        var digits = ""
        for _ in 0..<digitCount {
            guard let byte = parser.peek(), let digit = byte.hexDigitValue else {
                let found = parser.isAtEnd || parser.peek() == .lineFeed ? "" : currentScalar(of: parser)
                throw .invalidEscape("\\" + String(UnicodeScalar(letter)) + digits + found, location: start)
            }
            digits.append(Character(UnicodeScalar(byte)))
            value = value * 16 + digit
            parser.advance()
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw .invalidEscape("\\" + String(UnicodeScalar(letter)) + digits, location: start)
        }
        append(scalar, to: &text)
    }

    private static let simpleEscapes: [UInt8: Unicode.Scalar] = [
        UInt8(ascii: "0"): "\u{0}", UInt8(ascii: "a"): "\u{7}", UInt8(ascii: "b"): "\u{8}",
        UInt8(ascii: "t"): "\t", .tab: "\t", UInt8(ascii: "n"): "\n", UInt8(ascii: "v"): "\u{B}",
        UInt8(ascii: "f"): "\u{C}", UInt8(ascii: "r"): "\r", UInt8(ascii: "e"): "\u{1B}", .space: " ",
        UInt8(ascii: "\""): "\"", UInt8(ascii: "/"): "/", UInt8(ascii: "\\"): "\\",
        UInt8(ascii: "N"): "\u{85}", UInt8(ascii: "_"): "\u{A0}", UInt8(ascii: "L"): "\u{2028}",
        UInt8(ascii: "P"): "\u{2029}",
    ]

    private static func append(_ scalar: Unicode.Scalar, to text: inout [UInt8]) {
        UTF8.encode(scalar) { text.append($0) }
    }

    /// The whole Unicode scalar at the cursor, for messages.
    private static func currentScalar(of parser: Parser) -> String {
        let start = parser.cursor.offset
        var end = start + 1
        while end < parser.bytes.count, parser.bytes[end].isUTF8Continuation { end += 1 }
        return parser.text(start..<end)
    }
}
