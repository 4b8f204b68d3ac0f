import Diagnostics

/// A byte-level pull tokenizer for JSON (RFC 8259) over a `ByteStream`. It checks the whole grammar
/// (commas, colons, nesting, number syntax, escapes, UTF-8) and hands out one token at a time, so a
/// reader decides what to keep: memory is the current chunk plus the current token.
///
/// In `.lines` mode the input is JSON Lines: a sequence of top-level values, each starting on a new line.
struct JSONTokenizer {
    enum Mode {
        case document
        case lines
    }

    /// Deeper nesting is refused: no export record needs more than a few levels, and builders recurse.
    static let maximumDepth = 64

    private enum Container {
        case object
        case array
    }

    private enum State {
        case topLevel
        case afterTopLevel
        case objectFirstKeyOrEnd
        case objectKey
        case arrayFirstValueOrEnd
        case value
        case commaOrEnd
        case finished
    }

    private(set) var stream: ByteStream
    private let mode: Mode
    private var containers: [Container] = []
    private var state = State.topLevel
    private var lineOfLastTopLevelEnd = 0
    private var scratch: [UInt8] = []

    init(stream: ByteStream, mode: Mode) {
        self.stream = stream
        self.mode = mode
    }

    /// The largest chunk of input held at once (see `ByteStream.peakBufferedBytes`).
    var peakBufferedBytes: Int { stream.peakBufferedBytes }

    /// The next token, with `:` and `,` consumed and checked.
    mutating func next() throws -> LocatedToken {
        try skipWhitespace()
        let location = stream.location
        let byte = try stream.peek()
        switch state {
        case .finished:
            return LocatedToken(token: .endOfInput, location: location)
        case .topLevel:
            guard let byte else {
                if mode == .lines { return finish(at: location) }
                throw DiscussionsError.invalidJSON(problem: "the file is empty", at: location)
            }
            return try value(startingWith: byte, at: location)
        case .afterTopLevel:
            guard let byte else { return finish(at: location) }
            guard mode == .lines else {
                throw DiscussionsError.invalidJSON(problem: "unexpected content after the JSON document", at: location)
            }
            guard location.line > lineOfLastTopLevelEnd else {
                throw DiscussionsError.invalidJSON(problem: "each record must start on a new line", at: location)
            }
            return try value(startingWith: byte, at: location)
        case .objectFirstKeyOrEnd, .objectKey:
            if byte == UInt8(ascii: "}"), state == .objectFirstKeyOrEnd {
                stream.advance()
                return closeContainer(.endObject, at: location)
            }
            guard byte == UInt8(ascii: "\"") else {
                throw DiscussionsError.invalidJSON(problem: "expected a key in double quotes, found \(describe(byte))", at: location)
            }
            let key = try string()
            try skipWhitespace()
            guard try stream.peek() == UInt8(ascii: ":") else {
                throw DiscussionsError.invalidJSON(problem: "expected ':' after the key, found \(describe(try stream.peek()))", at: stream.location)
            }
            stream.advance()
            state = .value
            return LocatedToken(token: .key(key), location: location)
        case .arrayFirstValueOrEnd, .value:
            if byte == UInt8(ascii: "]"), state == .arrayFirstValueOrEnd {
                stream.advance()
                return closeContainer(.endArray, at: location)
            }
            guard let byte else {
                throw DiscussionsError.invalidJSON(problem: "unexpected end of file, expected a value", at: location)
            }
            return try value(startingWith: byte, at: location)
        case .commaOrEnd:
            return try commaOrEnd(byte, at: location)
        }
    }

    private mutating func commaOrEnd(_ byte: UInt8?, at location: SourceLocation) throws -> LocatedToken {
        let inObject = containers.last == .object
        switch byte {
        case UInt8(ascii: ","):
            stream.advance()
            state = inObject ? .objectKey : .value
            return try next()
        case UInt8(ascii: "}") where inObject:
            stream.advance()
            return closeContainer(.endObject, at: location)
        case UInt8(ascii: "]") where !inObject:
            stream.advance()
            return closeContainer(.endArray, at: location)
        default:
            let expected = inObject ? "',' or '}'" : "',' or ']'"
            throw DiscussionsError.invalidJSON(problem: "expected \(expected), found \(describe(byte))", at: location)
        }
    }

    private mutating func finish(at location: SourceLocation) -> LocatedToken {
        state = .finished
        return LocatedToken(token: .endOfInput, location: location)
    }

    private mutating func closeContainer(_ token: JSONToken, at location: SourceLocation) -> LocatedToken {
        containers.removeLast()
        valueEnded()
        return LocatedToken(token: token, location: location)
    }

    private mutating func valueEnded() {
        if containers.isEmpty {
            state = .afterTopLevel
            lineOfLastTopLevelEnd = stream.location.line
        } else {
            state = .commaOrEnd
        }
    }

    private mutating func open(_ container: Container, at location: SourceLocation) throws {
        guard containers.count < Self.maximumDepth else {
            throw DiscussionsError.nestingTooDeep(limit: Self.maximumDepth, at: location)
        }
        stream.advance()
        containers.append(container)
        state = container == .object ? .objectFirstKeyOrEnd : .arrayFirstValueOrEnd
    }

    private mutating func value(startingWith byte: UInt8, at location: SourceLocation) throws -> LocatedToken {
        let token: JSONToken
        switch byte {
        case UInt8(ascii: "{"):
            try open(.object, at: location)
            return LocatedToken(token: .beginObject, location: location)
        case UInt8(ascii: "["):
            try open(.array, at: location)
            return LocatedToken(token: .beginArray, location: location)
        case UInt8(ascii: "\""):
            token = .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            token = .number(try number())
        case UInt8(ascii: "t"):
            try literal("true", at: location)
            token = .bool(true)
        case UInt8(ascii: "f"):
            try literal("false", at: location)
            token = .bool(false)
        case UInt8(ascii: "n"):
            try literal("null", at: location)
            token = .null
        default:
            throw DiscussionsError.invalidJSON(problem: "expected a value, found \(describe(byte))", at: location)
        }
        valueEnded()
        return LocatedToken(token: token, location: location)
    }

    private mutating func skipWhitespace() throws {
        while let byte = try stream.peek(),
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\t")
        {
            stream.advance()
        }
    }

    private mutating func literal(_ word: StaticString, at location: SourceLocation) throws {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard try stream.peek() == byte else {
                throw DiscussionsError.invalidJSON(problem: "expected '\(word)'", at: location)
            }
            stream.advance()
        }
    }

    // MARK: Numbers

    private mutating func number() throws -> String {
        scratch.removeAll(keepingCapacity: true)
        if try stream.peek() == UInt8(ascii: "-") { append(UInt8(ascii: "-")) }
        let integerStart = stream.location
        guard let first = try stream.peek(), isDigit(first) else {
            throw DiscussionsError.invalidJSON(problem: "expected a digit", at: integerStart)
        }
        append(first)
        if first != UInt8(ascii: "0") { try digits() }
        if try stream.peek() == UInt8(ascii: ".") {
            append(UInt8(ascii: "."))
            try requireDigits(after: "'.'")
        }
        if let byte = try stream.peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            append(byte)
            if let sign = try stream.peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                append(sign)
            }
            try requireDigits(after: "the exponent")
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    private mutating func requireDigits(after what: String) throws {
        guard let byte = try stream.peek(), isDigit(byte) else {
            throw DiscussionsError.invalidJSON(problem: "expected a digit after \(what)", at: stream.location)
        }
        try digits()
    }

    private mutating func digits() throws {
        while let byte = try stream.peek(), isDigit(byte) { append(byte) }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Keeps `byte`, which the caller just peeked, and consumes it.
    private mutating func append(_ byte: UInt8) {
        scratch.append(byte)
        stream.advance()
    }

    // MARK: Strings

    /// Reads a string whose opening quote is the next byte; validates UTF-8 and decodes escapes.
    private mutating func string() throws -> String {
        let start = stream.location
        stream.advance()
        scratch.removeAll(keepingCapacity: true)
        while true {
            stream.consumePlainStringRun(into: &scratch)
            let location = stream.location
            guard let byte = try stream.peek() else {
                throw DiscussionsError.invalidJSON(problem: "unterminated string (it starts at \(start))", at: location)
            }
            switch byte {
            case UInt8(ascii: "\""):
                stream.advance()
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                stream.advance()
                try escape(at: location)
            case 0..<0x20:
                throw DiscussionsError.invalidJSON(
                    problem: "control character in a string (write it as an escape such as \\n)", at: location)
            case 0x20..<0x80:
                append(byte)
            default:
                try multiByteScalar(lead: byte, at: location)
            }
        }
    }

    /// Copies one multi-byte UTF-8 sequence, checking it against Unicode's table of well-formed
    /// sequences (no overlongs, no surrogates, nothing above U+10FFFF).
    private mutating func multiByteScalar(lead: UInt8, at location: SourceLocation) throws {
        let continuationCount: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: continuationCount = 1
        case 0xE0: continuationCount = 2; secondRange = 0xA0...0xBF
        case 0xED: continuationCount = 2; secondRange = 0x80...0x9F
        case 0xE1...0xEF: continuationCount = 2
        case 0xF0: continuationCount = 3; secondRange = 0x90...0xBF
        case 0xF4: continuationCount = 3; secondRange = 0x80...0x8F
        case 0xF1...0xF3: continuationCount = 3
        default: throw DiscussionsError.invalidUTF8(at: location)
        }
        append(lead)
        for position in 0..<continuationCount {
            let range = position == 0 ? secondRange : 0x80...0xBF
            guard let byte = try stream.peek(), range.contains(byte) else {
                throw DiscussionsError.invalidUTF8(at: location)
            }
            append(byte)
        }
    }

    private mutating func escape(at location: SourceLocation) throws {
        guard let byte = try stream.peek() else {
            throw DiscussionsError.invalidJSON(problem: "unterminated escape", at: location)
        }
        stream.advance()
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"): try unicodeEscape(at: location)
        default:
            throw DiscussionsError.invalidJSON(problem: "invalid escape '\\\(describeRaw(byte))'", at: location)
        }
    }

    /// `\uXXXX`, with UTF-16 surrogate pairs joined; a lone surrogate is an error, since it has no UTF-8 form.
    private mutating func unicodeEscape(at location: SourceLocation) throws {
        let unit = try hexQuad(at: location)
        var scalarValue = unit
        if (0xD800...0xDBFF).contains(unit) {
            guard try stream.peek() == UInt8(ascii: "\\") else {
                throw DiscussionsError.invalidJSON(problem: "unpaired surrogate in \\u escape", at: location)
            }
            stream.advance()
            guard try stream.peek() == UInt8(ascii: "u") else {
                throw DiscussionsError.invalidJSON(problem: "unpaired surrogate in \\u escape", at: location)
            }
            stream.advance()
            let low = try hexQuad(at: location)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw DiscussionsError.invalidJSON(problem: "unpaired surrogate in \\u escape", at: location)
            }
            scalarValue = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            throw DiscussionsError.invalidJSON(problem: "unpaired surrogate in \\u escape", at: location)
        }
        scratch.append(contentsOf: String(Character(scalar)).utf8)
    }

    private mutating func hexQuad(at location: SourceLocation) throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = try stream.peek(), let digit = hexValue(byte) else {
                throw DiscussionsError.invalidJSON(problem: "expected four hexadecimal digits after \\u", at: location)
            }
            stream.advance()
            value = value << 4 | digit
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    // MARK: Messages

    private func describe(_ byte: UInt8?) -> String {
        guard let byte else { return "the end of the file" }
        return "'\(describeRaw(byte))'"
    }

    private func describeRaw(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return String(UnicodeScalar(byte)) }
        return "\\u{\(String(byte, radix: 16, uppercase: true))}"
    }
}
