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
        [UInt8](unsafeUninitializedCapacity: maximumEncodedCount(bytes.count)) { output, count in
            var writer = ByteWriter(output)
            encode(bytes, into: &writer)
            count = writer.count
        }
    }

    /// The most bytes `count` bytes can take encoded: three per byte (an escape; a line break takes two), and a
    /// soft break (three bytes) needs at least 64 columns before it, as no character takes more than 12.
    static func maximumEncodedCount(_ count: Int) -> Int {
        3 * count + 3 * (3 * count / 64 + 1)
    }

    /// Encodes `bytes` into `writer`, which has room for `maximumEncodedCount(bytes.count)` more bytes.
    static func encode(_ bytes: UnsafeBufferPointer<UInt8>, into writer: inout ByteWriter) {
        writer.write(atMost: maximumEncodedCount(bytes.count)) { start in
            var output = start
            var lineStart = 0
            while lineStart <= bytes.count {
                let lineEnd = lineStart + Self.distanceToLineFeed(bytes, from: lineStart)
                // A final line break ends the text: no empty line after it.
                if lineEnd == bytes.count && lineStart == lineEnd && lineStart > 0 { break }
                let contentEnd = lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D ? lineEnd - 1 : lineEnd
                output = encodeLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<contentEnd]), to: output)
                if lineEnd < bytes.count {
                    output[0] = 0x0D
                    output[1] = 0x0A
                    output += 2
                }
                lineStart = lineEnd + 1
            }
            return output - start
        }
    }

    /// The number of bytes from `start` to the next line feed or the end.
    private static func distanceToLineFeed(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress else { return 0 }
        guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count - start }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base + start)
    }

    /// Encodes one line at `output` and returns the end of what it wrote. The units inside the line go in bulk; the
    /// others (first, last, or at a soft break) one by one, with every rule.
    private static func encodeLine(
        _ line: UnsafeBufferPointer<UInt8>, to start: UnsafeMutablePointer<UInt8>
    ) -> UnsafeMutablePointer<UInt8> {
        guard let base = line.baseAddress else { return start }
        var output = start
        var index = 0
        var lineLength = 0
        while index < line.count {
            if lineLength > 0 { encodeInside(base, last: line.count - 1, &index, &lineLength, &output) }
            encodeUnit(line, &index, &lineLength, &output)
        }
        return output
    }

    /// Encodes units from `index` while no rule but escaping applies to them: not the last unit of the line (at
    /// `last` or ending there), and not reaching the soft-break column. Stops before the last unit at the latest.
    @inline(__always)
    private static func encodeInside(
        _ line: UnsafePointer<UInt8>, last: Int, _ index: inout Int, _ lineLength: inout Int,
        _ output: inout UnsafeMutablePointer<UInt8>
    ) {
        let room = maximumLineLength - 1
        while true {
            // Printable ASCII other than `=`, the bulk of any text, copied eight bytes at a time up to the first
            // other byte, the last of the line or the soft-break column. The whole word is stored: bytes past those
            // taken are written over next, and the output has room for them, as eight more bytes of the line remain.
            if index + 8 <= last + 1 && lineLength < room {
                let word = UnsafeRawPointer(line + index).loadUnaligned(as: UInt64.self)
                UnsafeMutableRawPointer(output).storeBytes(of: word, as: UInt64.self)
                let taken = min(plainPrefixLength(word), last - index, room - lineLength)
                output += taken
                index += taken
                lineLength += taken
                if taken == 8 { continue }
            }
            guard index < last else { return }
            let byte = line[index]
            let length = utf8SequenceLength(byte)
            if length == 1 {
                if isPlainInsideLine(byte) {
                    guard lineLength < room else { return }
                    output[0] = byte
                    output += 1
                    lineLength += 1
                } else {
                    guard lineLength + 3 <= room else { return }
                    output = putEscaped(byte, at: output)
                    lineLength += 3
                }
                index += 1
            } else {
                // A multi-byte character: every byte escaped, when it is well formed.
                let end = index + length
                guard end <= last, lineLength + 3 * length <= room else { return }
                for position in (index + 1)..<end where line[position] < 0x80 { return }
                for position in index..<end { output = putEscaped(line[position], at: output) }
                lineLength += 3 * length
                index = end
            }
        }
    }

    /// Encodes the unit at `index` (one UTF-8 character, so soft breaks never split one) with every rule.
    private static func encodeUnit(
        _ line: UnsafeBufferPointer<UInt8>, _ index: inout Int, _ lineLength: inout Int,
        _ output: inout UnsafeMutablePointer<UInt8>
    ) {
        let lead = line[index]
        let unitEnd = lead < 0x80 ? index + 1 : min(index + utf8SequenceLength(lead), line.count)
        let isLastUnit = unitEnd == line.count
        var length = 0
        for position in index..<unitEnd { length += isLiteral(line[position], isLineEnd: isLastUnit) ? 1 : 3 }
        // The last unit may use the 76th column; any other needs one column left for a soft break.
        let limit = isLastUnit ? maximumLineLength : maximumLineLength - 1
        if lineLength > 0 && lineLength + length > limit {
            output[0] = UInt8(ascii: "=")
            output[1] = 0x0D
            output[2] = 0x0A
            output += 3
            lineLength = 0
        }
        if lineLength == 0 && unitEnd - index == 1 && startsUnsafeLine(line, at: index) {
            output = putEscaped(lead, at: output)
            length = 3
        } else {
            for position in index..<unitEnd {
                let byte = line[position]
                if isLiteral(byte, isLineEnd: isLastUnit) {
                    output[0] = byte
                    output += 1
                } else {
                    output = putEscaped(byte, at: output)
                }
            }
        }
        lineLength += length
        index = unitEnd
    }

    /// Writes `=XX` (uppercase hexadecimal digits) and returns the address after it.
    private static func putEscaped(_ byte: UInt8, at output: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        output[0] = UInt8(ascii: "=")
        output[1] = hexDigit(byte >> 4)
        output[2] = hexDigit(byte & 0x0F)
        return output + 3
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }

    /// How many of the eight bytes of `word` (in memory order) are printable ASCII other than `=` before any other
    /// byte, tested together. Each test flags the bytes it finds in their high bit; the lowest flag is always exact.
    private static func plainPrefixLength(_ word: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits = ones &* 0x80
        let controls = (word &- ones &* 0x20) & ~word & highBits
        let deleteOrHigher = ((word &+ ones) | word) & highBits
        let equalsSigns = word ^ (ones &* UInt64(UInt8(ascii: "=")))
        let flags = controls | deleteOrHigher | (equalsSigns &- ones) & ~equalsSigns & highBits
        return UInt64(littleEndian: flags).trailingZeroBitCount >> 3
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
