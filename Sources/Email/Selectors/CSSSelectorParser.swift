/// Parses selectors on UTF-8 bytes. Anything it does not understand yields `nil`, so the caller can keep the rule
/// verbatim instead of inlining it wrongly.
enum CSSSelectorParser {
    /// Longer selectors are refused: matching recurses once per compound.
    static let maximumCompounds = 32

    /// Splits a selector list at top-level commas and parses each part; `selector` is `nil` for a part this parser
    /// does not understand.
    static func parseList(_ text: String) -> [(text: String, selector: CSSSelector?)] {
        let bytes = Array(text.utf8)[...]
        return CSSScanner.split(bytes, at: UInt8(ascii: ",")).map { part in
            let trimmed = CSSScanner.trimmed(part)
            return (CSSScanner.string(trimmed), parseSelector(trimmed))
        }
    }

    static func parseSelector(_ bytes: ArraySlice<UInt8>) -> CSSSelector? {
        var reader = Reader(bytes: bytes)
        var components: [CSSSelector.Component] = []
        var pendingCombinator: CSSCombinator?
        while true {
            let sawWhitespace = reader.skipWhitespace()
            guard let byte = reader.peek else { break }
            if let combinator = explicitCombinator(byte) {
                guard !components.isEmpty, pendingCombinator == nil else { return nil }
                pendingCombinator = combinator
                reader.advance()
                continue
            }
            let combinator: CSSCombinator?
            if components.isEmpty {
                combinator = nil
            } else if let pendingCombinator {
                combinator = pendingCombinator
            } else if sawWhitespace {
                combinator = .descendant
            } else {
                return nil
            }
            guard let compound = parseCompound(&reader, nestingDepth: 0) else { return nil }
            components.append(CSSSelector.Component(combinator: combinator, compound: compound))
            pendingCombinator = nil
            if components.count > maximumCompounds { return nil }
        }
        guard !components.isEmpty, pendingCombinator == nil else { return nil }
        return CSSSelector(components: components)
    }

    private static func explicitCombinator(_ byte: UInt8) -> CSSCombinator? {
        switch byte {
        case UInt8(ascii: ">"): .child
        case UInt8(ascii: "+"): .nextSibling
        case UInt8(ascii: "~"): .subsequentSibling
        default: nil
        }
    }

    /// Parses simple selectors up to whitespace, a combinator, a comma, `)` or the end.
    private static func parseCompound(_ reader: inout Reader, nestingDepth: Int) -> CSSCompoundSelector? {
        var simpleSelectors: [CSSSimpleSelector] = []
        if reader.peek == UInt8(ascii: "*") {
            reader.advance()
            simpleSelectors.append(.universal)
        } else if let name = reader.readIdentifier() {
            simpleSelectors.append(.type(name.lowercased()))
        }
        if reader.peek == UInt8(ascii: "|") { return nil }  // Namespaces are not supported.
        loop: while let byte = reader.peek {
            switch byte {
            case UInt8(ascii: "#"):
                reader.advance()
                guard let name = reader.readIdentifier() else { return nil }
                simpleSelectors.append(.id(name))
            case UInt8(ascii: "."):
                reader.advance()
                guard let name = reader.readIdentifier() else { return nil }
                simpleSelectors.append(.class(name))
            case UInt8(ascii: "["):
                guard let attribute = parseAttribute(&reader) else { return nil }
                simpleSelectors.append(.attribute(attribute))
            case UInt8(ascii: ":"):
                guard let pseudo = parsePseudo(&reader, nestingDepth: nestingDepth) else { return nil }
                simpleSelectors.append(pseudo)
            default:
                if CSSScanner.isWhitespace(byte) || explicitCombinator(byte) != nil || byte == UInt8(ascii: ",")
                    || byte == UInt8(ascii: ")")
                {
                    break loop
                }
                return nil
            }
        }
        return simpleSelectors.isEmpty ? nil : CSSCompoundSelector(simpleSelectors: simpleSelectors)
    }

    private static func parseAttribute(_ reader: inout Reader) -> CSSAttributeSelector? {
        reader.advance()  // [
        reader.skipWhitespace()
        guard let name = reader.readIdentifier()?.lowercased() else { return nil }
        reader.skipWhitespace()
        if reader.peek == UInt8(ascii: "]") {
            reader.advance()
            return CSSAttributeSelector(name: name)
        }
        guard let makeComparison = readAttributeOperator(&reader) else { return nil }
        reader.skipWhitespace()
        let value: String?
        if reader.peek == CSSScanner.quote || reader.peek == CSSScanner.apostrophe {
            value = reader.readString()
        } else {
            value = reader.readIdentifier()
        }
        guard let value else { return nil }
        reader.skipWhitespace()
        var ignoresCase = false
        if let flag = reader.readIdentifier() {
            guard flag.lowercased() == "i" || flag.lowercased() == "s" else { return nil }
            ignoresCase = flag.lowercased() == "i"
            reader.skipWhitespace()
        }
        guard reader.peek == UInt8(ascii: "]") else { return nil }
        reader.advance()
        return CSSAttributeSelector(name: name, comparison: makeComparison(value), ignoresCase: ignoresCase)
    }

    private static func readAttributeOperator(
        _ reader: inout Reader
    ) -> ((String) -> CSSAttributeSelector.Comparison)? {
        guard let first = reader.peek else { return nil }
        if first == UInt8(ascii: "=") {
            reader.advance()
            return CSSAttributeSelector.Comparison.equals
        }
        let operators: [UInt8: (String) -> CSSAttributeSelector.Comparison] = [
            UInt8(ascii: "~"): CSSAttributeSelector.Comparison.containsWord,
            UInt8(ascii: "|"): CSSAttributeSelector.Comparison.languagePrefix,
            UInt8(ascii: "^"): CSSAttributeSelector.Comparison.hasPrefix,
            UInt8(ascii: "$"): CSSAttributeSelector.Comparison.hasSuffix,
            UInt8(ascii: "*"): CSSAttributeSelector.Comparison.contains,
        ]
        guard let comparison = operators[first] else { return nil }
        reader.advance()
        guard reader.peek == UInt8(ascii: "=") else { return nil }
        reader.advance()
        return comparison
    }

    private static let legacyPseudoElements: Set<String> = ["before", "after", "first-line", "first-letter"]

    private static func parsePseudo(_ reader: inout Reader, nestingDepth: Int) -> CSSSimpleSelector? {
        reader.advance()  // :
        let isElement = reader.peek == UInt8(ascii: ":")
        if isElement { reader.advance() }
        guard let name = reader.readIdentifier()?.lowercased() else { return nil }
        var argument: ArraySlice<UInt8>?
        if reader.peek == UInt8(ascii: "(") {
            guard let inside = reader.readParenthesized() else { return nil }
            argument = inside
        }
        if isElement || legacyPseudoElements.contains(name) { return .pseudoElement(name) }
        switch (name, argument) {
        case ("first-child", nil): return .pseudoClass(.firstChild)
        case ("last-child", nil): return .pseudoClass(.lastChild)
        case ("only-child", nil): return .pseudoClass(.onlyChild)
        case ("nth-child", let argument?):
            guard let expression = CSSNthExpression(parsing: CSSScanner.string(argument)) else { return nil }
            return .pseudoClass(.nthChild(expression))
        case ("nth-last-child", let argument?):
            guard let expression = CSSNthExpression(parsing: CSSScanner.string(argument)) else { return nil }
            return .pseudoClass(.nthLastChild(expression))
        case ("not", let argument?):
            // Selectors Level 3 forbids nesting `:not()`; refusing it also bounds the recursion.
            guard nestingDepth == 0, let compounds = parseCompoundList(argument) else { return nil }
            return .pseudoClass(.not(compounds))
        default:
            return .pseudoClass(.dynamic(name))
        }
    }

    private static func parseCompoundList(_ bytes: ArraySlice<UInt8>) -> [CSSCompoundSelector]? {
        var compounds: [CSSCompoundSelector] = []
        for part in CSSScanner.split(bytes, at: UInt8(ascii: ",")) {
            var reader = Reader(bytes: CSSScanner.trimmed(part))
            guard let compound = parseCompound(&reader, nestingDepth: 1), reader.peek == nil else { return nil }
            compounds.append(compound)
        }
        return compounds
    }
}

/// A cursor over selector bytes with CSS identifier and string reading (escapes decoded).
private struct Reader {
    let bytes: ArraySlice<UInt8>
    var index: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.index = bytes.startIndex
    }

    var peek: UInt8? { index < bytes.endIndex ? bytes[index] : nil }

    mutating func advance() { index += 1 }

    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = index
        while let byte = peek, CSSScanner.isWhitespace(byte) { advance() }
        return index > start
    }

    /// Reads an identifier (letters, digits, `-`, `_`, non-ASCII, escapes); `nil` if there is none.
    mutating func readIdentifier() -> String? {
        let start = index
        var output: [UInt8] = []
        while let byte = peek {
            if byte == CSSScanner.backslash {
                guard appendEscape(to: &output) else { break }
            } else if CSSParser.isNameByte(byte) {
                output.append(byte)
                advance()
            } else {
                break
            }
        }
        // An identifier may not start with a digit, unless it is escaped (`.\31 0`).
        guard !output.isEmpty, !bytes[start].isASCIIDigit else {
            index = start
            return nil
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Reads a quoted string, decoding escapes; `nil` if it is not terminated.
    mutating func readString() -> String? {
        guard let delimiter = peek else { return nil }
        advance()
        var output: [UInt8] = []
        while let byte = peek {
            if byte == delimiter {
                advance()
                return String(decoding: output, as: UTF8.self)
            }
            if byte == 0x0A { return nil }
            if byte == CSSScanner.backslash {
                guard appendEscape(to: &output) else { return nil }
            } else {
                output.append(byte)
                advance()
            }
        }
        return nil
    }

    /// Reads `( … )` and returns what is inside; `nil` if unbalanced.
    mutating func readParenthesized() -> ArraySlice<UInt8>? {
        let (end, isClosed) = CSSScanner.endOfBlock(bytes, openingAt: index)
        guard isClosed, end - 1 > index else { return nil }
        let inside = bytes[(index + 1)..<(end - 1)]
        index = end
        return inside
    }

    /// Decodes `\41 ` (hex, up to six digits, one optional trailing space) or `\x` (the character itself).
    private mutating func appendEscape(to output: inout [UInt8]) -> Bool {
        let next = index + 1
        guard next < bytes.endIndex, bytes[next] != 0x0A else { return false }
        var hexEnd = next
        var scalarValue: UInt32 = 0
        while hexEnd < bytes.endIndex, hexEnd - next < 6, let digit = hexValue(bytes[hexEnd]) {
            scalarValue = scalarValue * 16 + digit
            hexEnd += 1
        }
        if hexEnd > next {
            let scalar = Unicode.Scalar(scalarValue).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
            output.append(contentsOf: Array(String(scalar).utf8))
            index = hexEnd
            if let byte = peek, CSSScanner.isWhitespace(byte) { advance() }
        } else {
            output.append(bytes[next])
            index = next + 1
        }
        return true
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
