import Foundation
import Diagnostics
import Testing
@testable import Discussions

@Suite struct JSONTokenizerTests {
    private func tokens(_ text: String, mode: JSONTokenizer.Mode = .document) throws -> [JSONToken] {
        var tokenizer = JSONTokenizer(stream: ByteStream(bytes: Array(text.utf8)), mode: mode)
        var all: [JSONToken] = []
        while true {
            let token = try tokenizer.next().token
            all.append(token)
            if token == .endOfInput { return all }
        }
    }

    private func failure(_ text: String, mode: JSONTokenizer.Mode = .document) -> DiscussionsError? {
        discussionsError { _ = try tokens(text, mode: mode) }
    }

    @Test func tokenizesNestedValues() throws {
        let result = try tokens(#"{"a": [1, -2.5e3, true, null], "b": {"c": "d"}}"#)
        #expect(result == [
            .beginObject, .key("a"), .beginArray, .number("1"), .number("-2.5e3"), .bool(true), .null, .endArray,
            .key("b"), .beginObject, .key("c"), .string("d"), .endObject, .endObject, .endOfInput,
        ])
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let result = try tokens(#"["\"\\\/\b\f\n\r\t", "\u00e9\ud83d\ude00", "élan"]"#)
        #expect(result[1] == .string("\"\\/\u{8}\u{C}\n\r\t"))
        #expect(result[2] == .string("é😀"))
        #expect(result[3] == .string("élan"))
    }

    @Test func locatesGrammarErrors() {
        #expect(failure("{\"a\": 1,}") == .invalidJSON(problem: "expected a key in double quotes, found '}'", at: at(1, 9)))
        #expect(failure("{\"a\" 1}") == .invalidJSON(problem: "expected ':' after the key, found '1'", at: at(1, 6)))
        #expect(failure("[1 2]") == .invalidJSON(problem: "expected ',' or ']', found '2'", at: at(1, 4)))
        #expect(failure("[01]") == .invalidJSON(problem: "expected ',' or ']', found '1'", at: at(1, 3)))
        #expect(failure("[1.]") == .invalidJSON(problem: "expected a digit after '.'", at: at(1, 4)))
        #expect(failure("\n  [tru]") == .invalidJSON(problem: "expected 'true'", at: at(2, 4)))
        #expect(failure("[\"a\nb\"]") == .invalidJSON(problem: "control character in a string (write it as an escape such as \\n)", at: at(1, 4)))
        #expect(failure("[\"\\x\"]") == .invalidJSON(problem: "invalid escape '\\x'", at: at(1, 3)))
        #expect(failure("[\"\\ud800\"]") == .invalidJSON(problem: "unpaired surrogate in \\u escape", at: at(1, 3)))
        #expect(failure("{} {}") == .invalidJSON(problem: "unexpected content after the JSON document", at: at(1, 4)))
        #expect(failure("") == .invalidJSON(problem: "the file is empty", at: at(1, 1)))
        #expect(failure("[\"abc") == .invalidJSON(problem: "unterminated string (it starts at 1:2)", at: at(1, 6)))
    }

    @Test func columnsCountScalarsNotBytes() {
        #expect(failure("[\"été\" x]") == .invalidJSON(problem: "expected ',' or ']', found 'x'", at: at(1, 8)))
    }

    @Test func rejectsInvalidUTF8WhereItIs() {
        let overlong: [UInt8] = Array("[\"ab".utf8) + [0xC0, 0xAF] + Array("\"]".utf8)
        let surrogate: [UInt8] = Array("[\n \"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8)
        let truncated: [UInt8] = Array("[\"é".utf8) + [0xE2, 0x82] + Array("\"]".utf8)
        for (bytes, location) in [(overlong, at(1, 5)), (surrogate, at(2, 3)), (truncated, at(1, 4))] {
            let error = discussionsError {
                var tokenizer = JSONTokenizer(stream: ByteStream(bytes: bytes), mode: .document)
                while try tokenizer.next().token != .endOfInput {}
            }
            #expect(error == .invalidUTF8(at: location))
        }
    }

    @Test func refusesExcessiveNesting() {
        let deep = String(repeating: "[", count: JSONTokenizer.maximumDepth + 1)
        #expect(failure(deep) == .nestingTooDeep(limit: JSONTokenizer.maximumDepth, at: at(1, JSONTokenizer.maximumDepth + 1)))
    }

    @Test func jsonLinesNeedOneValuePerLine() throws {
        #expect(try tokens("{}\n\n[]\n", mode: .lines) == [.beginObject, .endObject, .beginArray, .endArray, .endOfInput])
        #expect(failure("{} {}", mode: .lines) == .invalidJSON(problem: "each record must start on a new line", at: at(1, 4)))
    }

    @Test func readsAcrossChunkBoundaries() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("small-chunks.json")
        try Data(#"{"clé": ["valeur é😀", 12345, {"x": null}]}"#.utf8).write(to: file)
        var tokenizer = JSONTokenizer(stream: try ByteStream(contentsOf: file, chunkSize: 3), mode: .document)
        let node = try tokenizer.node(startingWith: tokenizer.next())
        guard case .object(let fields) = node.value, case .array(let elements)? = fields["clé"]?.value else {
            Issue.record("expected an object with an array")
            return
        }
        #expect(elements.map(\.value) == [.string("valeur é😀"), .number("12345"), .object(["x": JSONNode(value: .null, location: at(1, 36))])])
        #expect(tokenizer.peakBufferedBytes == 3)
    }
}
