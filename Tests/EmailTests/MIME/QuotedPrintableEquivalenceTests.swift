import Testing

@testable import Email

/// The encoder copies runs of plain bytes in one go; this plain unit-by-unit encoder, written straight from the
/// rules, checks that it writes the same bytes around every column where a soft break or an escape can fall.
@Suite("Quoted-printable against a unit-by-unit encoder")
struct QuotedPrintableEquivalenceTests {
    private static func referenceEncode(_ text: String) -> String {
        var output: [UInt8] = []
        var lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        let endsWithBreak = lines.count > 1 && lines.last?.isEmpty == true
        if endsWithBreak { lines.removeLast() }
        for (index, rawLine) in lines.enumerated() {
            let line = Array(rawLine.last == 0x0D ? rawLine.dropLast() : rawLine)
            var column = 0
            var start = 0
            while start < line.count {
                let lead = line[start]
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
                let unit = line[start..<min(start + width, line.count)]
                let isLast = unit.endIndex == line.count
                func isLiteral(_ byte: UInt8) -> Bool {
                    (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !isLast)
                }
                var escapesFirst = false
                if unit.count == 1 {
                    let rest = line[unit.endIndex...]
                    escapesFirst = lead == 46 || (lead == 70 && rest.starts(with: Array("rom ".utf8)))
                }
                let length = unit.reduce(0) { $0 + (isLiteral($1) ? 1 : 3) }
                if column > 0 && column + length > (isLast ? 76 : 75) {
                    output += Array("=\r\n".utf8)
                    column = 0
                }
                let hex = Array("0123456789ABCDEF".utf8)
                func escape(_ byte: UInt8) { output += [61, hex[Int(byte >> 4)], hex[Int(byte & 15)]] }
                if column == 0 && escapesFirst {
                    escape(lead)
                    column = 3
                } else {
                    for byte in unit { if isLiteral(byte) { output.append(byte) } else { escape(byte) } }
                    column += length
                }
                start = unit.endIndex
            }
            if index < lines.count - 1 || endsWithBreak { output += [13, 10] }
        }
        return String(decoding: output, as: UTF8.self)
    }

    @Test func writesTheSameBytesAsTheReference() {
        let pieces = ["a", " ", "\t", "=", "é", "€", ".", "From ", "😀", "\r", "x.y", "\n", "\r\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            var text = String(repeating: "m", count: Int.random(in: 0...150, using: &generator))
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                text += pieces.randomElement(using: &generator)!
                text += String(repeating: "w", count: Int.random(in: 0...80, using: &generator))
            }
            #expect(QuotedPrintable.encode(text) == Self.referenceEncode(text), "\(text.debugDescription)")
        }
    }
}
