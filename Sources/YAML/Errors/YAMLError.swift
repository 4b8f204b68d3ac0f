import Diagnostics

/// Why a YAML text was rejected, with the location (1-based line and column in Unicode scalars).
public enum YAMLError: Error, Sendable, Equatable, DiagnosticConvertible {
    /// The bytes are not valid UTF-8; the location is that of the first bad byte.
    case invalidUTF8(location: SourceLocation)
    /// A control character (other than tab and line breaks), with its scalar value.
    case controlCharacter(UInt8, location: SourceLocation)
    /// A tab in the indentation of a line; the location is that of the tab.
    case tabIndentation(location: SourceLocation)
    /// A construct outside the supported subset.
    case unsupported(feature: YAMLUnsupportedFeature, location: SourceLocation)
    /// A key that already appears in the same mapping; `firstLocation` is its first occurrence.
    case duplicateKey(String, location: SourceLocation, firstLocation: SourceLocation)
    /// A quoted scalar without its closing quote; the location is the opening quote.
    case unterminatedString(location: SourceLocation)
    /// A `[` or `{` without its closing bracket; the location is the opening bracket.
    case unterminatedFlowCollection(location: SourceLocation)
    /// An unknown or malformed `\` escape in a double-quoted scalar (the text of the escape).
    case invalidEscape(String, location: SourceLocation)
    /// A line indented differently from its siblings (more than them, or between two levels).
    case inconsistentIndentation(location: SourceLocation)
    /// A mapping line that is not `key: value`.
    case expectedKey(location: SourceLocation)
    /// A line of a block sequence that does not start with `- `.
    case expectedSequenceEntry(location: SourceLocation)
    /// In a flow collection, something other than `,` or the closing bracket after an entry.
    case expectedFlowSeparator(closing: String, location: SourceLocation)
    /// A `: ` where no mapping can start (`a: b: c`, or a `:` on a continuation line).
    case unexpectedMappingValue(location: SourceLocation)
    /// `key: - item`: a block sequence must start on the line after its key.
    case sequenceOnKeyLine(location: SourceLocation)
    /// A character that cannot start a value here (`@`, `` ` ``, `]`...).
    case unexpectedCharacter(String, location: SourceLocation)
    /// Something after a complete value on its line (`"a" b`), or after the document.
    case trailingContent(location: SourceLocation)
    /// A `|` or `>` header with something other than chomping/indentation indicators and a comment.
    case invalidBlockScalarHeader(location: SourceLocation)
    /// An integer that does not fit in `Int`.
    case numberOutOfRange(String, location: SourceLocation)
    /// A scalar shaped like a date whose fields are out of range (`2026-02-30`).
    case invalidDate(String, location: SourceLocation)
    /// Collections nested deeper than the parser accepts.
    case nestingTooDeep(location: SourceLocation)
    /// Front matter opened by `---` on the first line but never closed by a `---` or `...` line.
    case unterminatedFrontMatter(location: SourceLocation)

    /// Where the problem is.
    public var location: SourceLocation {
        switch self {
        case .invalidUTF8(let location), .controlCharacter(_, let location), .tabIndentation(let location),
            .unsupported(_, let location), .duplicateKey(_, let location, _), .unterminatedString(let location),
            .unterminatedFlowCollection(let location), .invalidEscape(_, let location),
            .inconsistentIndentation(let location), .expectedKey(let location),
            .expectedSequenceEntry(let location), .expectedFlowSeparator(_, let location),
            .unexpectedMappingValue(let location), .sequenceOnKeyLine(let location),
            .unexpectedCharacter(_, let location), .trailingContent(let location),
            .invalidBlockScalarHeader(let location), .numberOutOfRange(_, let location),
            .invalidDate(_, let location), .nestingTooDeep(let location), .unterminatedFrontMatter(let location):
            location
        }
    }

    /// The one-line message, without location.
    public var message: String {
        switch self {
        case .invalidUTF8: "invalid UTF-8 byte"
        case .controlCharacter(let byte, _): "control character U+\(hex4(byte)) is not allowed"
        case .tabIndentation: "tab character in indentation"
        case .unsupported(let feature, _): "unsupported YAML: \(feature.description)"
        case .duplicateKey(let key, _, _): "duplicate key '\(key)'"
        case .unterminatedString: "unterminated quoted string"
        case .unterminatedFlowCollection: "unterminated flow collection"
        case .invalidEscape(let escape, _): "invalid escape sequence '\(escape)'"
        case .inconsistentIndentation: "inconsistent indentation"
        case .expectedKey: "expected 'key: value'"
        case .expectedSequenceEntry: "expected a sequence entry '- '"
        case .expectedFlowSeparator(let closing, _): "expected ',' or '\(closing)'"
        case .unexpectedMappingValue: "unexpected ':' (a mapping cannot start here)"
        case .sequenceOnKeyLine: "a block sequence cannot start on the line of its key"
        case .unexpectedCharacter(let character, _): "unexpected character '\(character)'"
        case .trailingContent: "unexpected content after the value"
        case .invalidBlockScalarHeader: "invalid block scalar header"
        case .numberOutOfRange(let text, _): "integer '\(text)' is out of range"
        case .invalidDate(let text, _): "invalid date '\(text)'"
        case .nestingTooDeep: "collections nested too deeply"
        case .unterminatedFrontMatter: "front matter is not closed"
        }
    }

    /// Advice on how to fix the input, when there is some.
    public var hint: String? {
        switch self {
        case .invalidUTF8: "save the file as UTF-8"
        case .controlCharacter: "remove the invisible character"
        case .tabIndentation: "indent with spaces"
        case .unsupported(let feature, _): feature.hint
        case .duplicateKey(_, _, let first): "first defined at line \(first.line), column \(first.column)"
        case .unterminatedString:
            "add the closing quote; a string continued on the next lines must be indented more than its key"
        case .unterminatedFlowCollection:
            "add the closing bracket; continuation lines must be indented more than the key"
        case .invalidEscape: "write '\\\\' for a backslash, or use single quotes"
        case .inconsistentIndentation: "align this line with the other entries of the same level"
        case .expectedKey: "write 'key: value' with a space after ':'"
        case .expectedSequenceEntry: "start the line with '- ', or indent it under the previous entry"
        case .expectedFlowSeparator: "separate entries with ','; quote values that contain ',', '[', ']', '{' or '}'"
        case .unexpectedMappingValue: "quote the value if it contains ': '"
        case .sequenceOnKeyLine: "put each '- item' on its own line below the key, or write [a, b]"
        case .unexpectedCharacter: "quote the value"
        case .trailingContent: "quote the whole value, or put a comment after ' #'"
        case .invalidBlockScalarHeader: "after '|' or '>', only '-', '+', a digit 1-9 and a comment may follow"
        case .numberOutOfRange: "quote the value to keep it as text"
        case .invalidDate: "write a real date as YYYY-MM-DD, or quote the value to keep it as text"
        case .nestingTooDeep: nil
        case .unterminatedFrontMatter: "close the front matter with a line containing only '---'"
        }
    }

    /// The error as `file:line:column: error: message` with its hint.
    public func diagnostic(file: String?) -> Diagnostic {
        .error(message, file: file, at: location, hint: hint)
    }
}

private func hex4(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - digits.count) + digits
}
