import Foundation

/// Quoted-printable content transfer encoding (RFC 2045 §6.7).
public enum QuotedPrintable {
    /// Encoded lines are at most this long, soft-break `=` included.
    public static let maximumLineLength = 76

    /// Encodes text: line breaks (LF or CRLF) become CRLF hard breaks, long lines get soft breaks (`=` CRLF) at
    /// most 76 characters apart and never inside an `=XX` escape or a UTF-8 multi-byte character, `=` and
    /// non-ASCII bytes are escaped, as is whitespace at the end of a line. A `.` or `From ` starting a line is
    /// escaped too, so SMTP dot-stuffing and mbox quoting cannot alter the body.
    public static func encode(_ text: String) -> String {
        var text = text
        return String(decoding: text.withUTF8(encode), as: UTF8.self)
    }

    /// Encodes UTF-8 text bytes; see `encode(_:)` for strings.
    public static func encode(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer(encode)
    }

    static func encode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // Each byte takes at most three output bytes, each line break two, and a soft break (three bytes) comes at
        // most once per 64 columns, so this bound is never reached.
        let capacity = bytes.count * 4 + 16
        return [UInt8](unsafeUninitializedCapacity: capacity) { output, count in
            var writer = Writer(output: output.baseAddress!)
            var lineStart = 0
            while lineStart <= bytes.count {
                let lineEnd = lineStart + Self.distanceToLineFeed(bytes, from: lineStart)
                // A final line break ends the text: no empty line after it.
                if lineEnd == bytes.count && lineStart == lineEnd && lineStart > 0 { break }
                let contentEnd = lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
                encodeLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<contentEnd]), into: &writer)
                if lineEnd < bytes.count { writer.append(0x0D, 0x0A) }
                lineStart = lineEnd + 1
            }
            count = writer.count
        }
    }

    /// Appends bytes to preallocated memory.
    private struct Writer {
        let output: UnsafeMutablePointer<UInt8>
        var count = 0

        mutating func append(_ byte: UInt8) {
            output[count] = byte
            count += 1
        }

        mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress else { return }
            (output + count).update(from: base, count: bytes.count)
            count += bytes.count
        }

        mutating func append(_ first: UInt8, _ second: UInt8) {
            output[count] = first
            output[count + 1] = second
            count += 2
        }

        mutating func appendEscaped(_ byte: UInt8) {
            output[count] = UInt8(ascii: "=")
            output[count + 1] = hexDigit(byte >> 4)
            output[count + 2] = hexDigit(byte & 0x0F)
            count += 3
        }
    }

    /// The number of bytes from `start` to the next line feed or the end.
    private static func distanceToLineFeed(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress else { return 0 }
        guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count - start }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base + start)
    }

    /// Encodes one line, unit by unit (a unit is one UTF-8 character, so soft breaks never split one).
    private static func encodeLine(_ line: UnsafeBufferPointer<UInt8>, into output: inout Writer) {
        var lineLength = 0
        var index = 0
        while index < line.count {
            if lineLength > 0 {
                // Bytes written as they are, not last on the line and not reaching the soft-break column, the bulk
                // of any text: copied without the per-unit bookkeeping below.
                let runEnd = min(index + (maximumLineLength - 1 - lineLength), line.count - 1)
                let runStart = index
                while index < runEnd && isPlainInsideLine(line[index]) { index += 1 }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: line[runStart..<index]))
                lineLength += index - runStart
            }
            let lead = line[index]
            let unitEnd = min(index + utf8SequenceLength(lead), line.count)
            let isLastUnit = unitEnd == line.count
            var length = 0
            for position in index..<unitEnd { length += isLiteral(line[position], isLineEnd: isLastUnit) ? 1 : 3 }
            // The last unit may use the 76th column; any other needs one column left for a soft break.
            let limit = isLastUnit ? maximumLineLength : maximumLineLength - 1
            if lineLength > 0 && lineLength + length > limit {
                output.append(UInt8(ascii: "="))
                output.append(0x0D, 0x0A)
                lineLength = 0
            }
            if lineLength == 0 && unitEnd - index == 1 && startsUnsafeLine(line, at: index) {
                output.appendEscaped(lead)
                length = 3
            } else {
                for position in index..<unitEnd {
                    let byte = line[position]
                    if isLiteral(byte, isLineEnd: isLastUnit) { output.append(byte) } else { output.appendEscaped(byte) }
                }
            }
            lineLength += length
            index = unitEnd
        }
    }

    /// A byte that stays as is anywhere but at the end of a line.
    private static func isPlainInsideLine(_ byte: UInt8) -> Bool {
        (byte >= 0x20 && byte <= 126 && byte != UInt8(ascii: "=")) || byte == 0x09
    }

    /// A line starting with `.` (SMTP) or `From ` (mbox) gets its first character escaped.
    private static func startsUnsafeLine(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = line[index]
        if byte == UInt8(ascii: ".") { return true }
        guard byte == UInt8(ascii: "F"), index + 4 < line.count else { return false }
        return line[index + 1] == UInt8(ascii: "r") && line[index + 2] == UInt8(ascii: "o")
            && line[index + 3] == UInt8(ascii: "m") && line[index + 4] == UInt8(ascii: " ")
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

    /// The uppercase hexadecimal digit of a value below 16.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
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
