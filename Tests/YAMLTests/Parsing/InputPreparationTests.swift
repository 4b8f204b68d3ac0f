import Testing
import YAML

@Suite("Encoding, BOM and line endings")
struct InputPreparationTests {
    @Test func byteOrderMarkIsSkipped() throws {
        let node = try YAMLParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("titre: été".utf8))
        #expect(render(node) == #"{titre: "été"}"#)
        #expect(try node.required("titre").location == at(1, 8))
    }

    @Test func crlfAndLoneCRLineEndings() throws {
        let node = try parse("a: 1\r\nb: |\r\n  x\r\n  y\r\nc: \"p\r\n  q\"\rd: 4")
        #expect(render(node) == #"{a: 1, b: "x\ny\n", c: "p q", d: 4}"#.replacingOccurrences(of: "\\n", with: "\n"))
        #expect(try node.required("d").location == at(7, 4))
    }

    @Test func invalidUTF8ReportsTheFirstBadByte() {
        let cases: [([UInt8], Int, Int)] = [
            (Array("titre: é".utf8) + [0xFF], 1, 9),
            (Array("a: 1\nb: «x".utf8) + [0xC3, 0x28], 2, 6),  // truncated two-byte sequence
            (Array("x: ".utf8) + [0xC0, 0xAF], 1, 4),  // overlong '/'
            (Array("x: ".utf8) + [0xED, 0xA0, 0x80], 1, 4),  // surrogate U+D800
            (Array("x: ".utf8) + [0xF4, 0x90, 0x80, 0x80], 1, 4),  // above U+10FFFF
            (Array("a: 1\r\nbé: ".utf8) + [0x80], 2, 5),  // stray continuation byte after CRLF
        ]
        for (bytes, line, column) in cases {
            #expect(throws: YAMLError.invalidUTF8(location: at(line, column))) { try YAMLParser.parse(bytes: bytes) }
        }
    }

    @Test func controlCharactersAreRejected() {
        #expect(parseError("a: x\u{0}y") == .controlCharacter(0, location: at(1, 5)))
        #expect(parseError("a: ok\nb: \u{1B}[0m") == .controlCharacter(0x1B, location: at(2, 4)))
        #expect(parseError("a: \u{7F}") == .controlCharacter(0x7F, location: at(1, 4)))
    }

    @Test func columnsCountUnicodeScalars() {
        #expect(parseError("« titre »: \"x\" y") == .trailingContent(location: at(1, 16)))
        #expect(parseError("émoji: 😀 \"a\": b") == .unexpectedMappingValue(location: at(1, 13)))
    }

    @Test func locationsCanStartAtAGivenFileLine() {
        #expect(throws: YAMLError.duplicateKey("a", location: at(11, 1), firstLocation: at(10, 1))) {
            try YAMLParser.parse(bytes: Array("a: 1\na: 2\n".utf8), firstLine: 10)
        }
        #expect(throws: YAMLError.invalidUTF8(location: at(11, 4))) {
            try YAMLParser.parse(bytes: Array("a: 1\nb: ".utf8) + [0xFE], firstLine: 10)
        }
    }
}
