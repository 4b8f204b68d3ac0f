/// Quoted-printable content transfer encoding (RFC 2045 §6.7).
public enum QuotedPrintable {
    /// Encoded lines are at most this long, soft-break `=` included.
    public static let maximumLineLength = 76

    /// Encodes text: line breaks (LF or CRLF) become CRLF hard breaks, long lines get soft breaks (`=` CRLF) at
    /// most 76 characters apart and never inside an `=XX` escape or a UTF-8 multi-byte character, `=` and
    /// non-ASCII bytes are escaped, as is whitespace at the end of a line. A `.` or `From ` starting a line is
    /// escaped too, so SMTP dot-stuffing and mbox quoting cannot alter the body.
    public static func encode(_ text: String) -> String {
        String(decoding: encode(Array(text.utf8)), as: UTF8.self)
    }

    /// Encodes UTF-8 text bytes; see `encode(_:)` for strings.
    public static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let endsWithBreak = lines.last?.isEmpty == true && lines.count > 1
        if endsWithBreak { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            let content = line.last == 0x0D ? line.dropLast() : line
            encodeLine(content, into: &output)
            if index < lines.count - 1 || endsWithBreak { output.append(contentsOf: [0x0D, 0x0A]) }
        }
        return output
    }

    /// Encodes one line, unit by unit (a unit is one UTF-8 character, so soft breaks never split one), writing
    /// straight into `output`.
    private static func encodeLine(_ line: ArraySlice<UInt8>, into output: inout [UInt8]) {
        var lineLength = 0
        var index = line.startIndex
        while index < line.endIndex {
            let unitEnd = min(index + utf8SequenceLength(line[index]), line.endIndex)
            let unit = line[index..<unitEnd]
            let isLastUnit = unitEnd == line.endIndex
            var length = unit.reduce(0) { $0 + (isLiteral($1, isLineEnd: isLastUnit) ? 1 : 3) }
            // The last unit may use the 76th column; any other needs one column left for a soft break.
            let limit = isLastUnit ? maximumLineLength : maximumLineLength - 1
            if lineLength > 0 && lineLength + length > limit {
                output.append(contentsOf: [UInt8(ascii: "="), 0x0D, 0x0A])
                lineLength = 0
            }
            if lineLength == 0 && startsUnsafeLine(unit, rest: line[unitEnd...]) {
                output.append(contentsOf: escaped(unit[unit.startIndex]))
                length = 3
            } else {
                for byte in unit {
                    if isLiteral(byte, isLineEnd: isLastUnit) { output.append(byte) } else { output.append(contentsOf: escaped(byte)) }
                }
            }
            lineLength += length
            index = unitEnd
        }
    }

    /// A line starting with `.` (SMTP) or `From ` (mbox) gets its first character escaped.
    private static func startsUnsafeLine(_ unit: ArraySlice<UInt8>, rest: ArraySlice<UInt8>) -> Bool {
        guard unit.count == 1, let byte = unit.first else { return false }
        return byte == UInt8(ascii: ".") || (byte == UInt8(ascii: "F") && rest.starts(with: "rom ".utf8))
    }

    /// Printable ASCII other than `=` stays as is; so do spaces and tabs, except at the end of a line.
    private static func isLiteral(_ byte: UInt8, isLineEnd: Bool) -> Bool {
        (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || ((byte == 0x20 || byte == 0x09) && !isLineEnd)
    }

    /// The number of bytes of the UTF-8 sequence that `leadByte` starts (1 for ASCII and stray bytes).
    private static func utf8SequenceLength(_ leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xC0...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF7: 4
        default: 1
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func escaped(_ byte: UInt8) -> [UInt8] {
        [UInt8(ascii: "="), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
    }

    /// Decodes quoted-printable: `=XX` escapes, soft breaks (`=` before a line break, even with transport padding)
    /// and trailing whitespace removed; malformed escapes are kept literally.
    public static func decode(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (lineIndex, rawLine) in lines.enumerated() {
            var line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            while let last = line.last, last == 0x20 || last == 0x09 { line = line.dropLast() }
            let isSoftBreak = line.last == UInt8(ascii: "=")
            if isSoftBreak { line = line.dropLast() }
            decodeEscapes(line, into: &output)
            if !isSoftBreak && lineIndex < lines.count - 1 { output.append(contentsOf: [0x0D, 0x0A]) }
        }
        return output
    }

    /// Decodes quoted-printable text whose decoded bytes are UTF-8 (invalid sequences become U+FFFD).
    public static func decode(_ text: String) -> String {
        String(decoding: decode(Array(text.utf8)), as: UTF8.self)
    }

    private static func decodeEscapes(_ line: ArraySlice<UInt8>, into output: inout [UInt8]) {
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: "="), let high = hexValue(line, index + 1), let low = hexValue(line, index + 2) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
    }

    private static func hexValue(_ line: ArraySlice<UInt8>, _ index: Int) -> UInt8? {
        guard index < line.endIndex else { return nil }
        switch line[index] {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return line[index] - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return line[index] - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return line[index] - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
