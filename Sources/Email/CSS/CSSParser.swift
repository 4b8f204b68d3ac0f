/// A forgiving CSS parser: top-level rules and at-rules, declaration blocks with `!important`.
///
/// It follows the browsers' error recovery: a declaration without a colon or with an invalid name is skipped up to
/// the next `;`, a rule whose block never opens is dropped, an unclosed block ends at the end of the input.
enum CSSParser {
    static func parse(_ css: String) -> CSSStyleSheet {
        let bytes = CSSScanner.removingComments(Array(css.utf8))[...]
        var items: [CSSItem] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if CSSScanner.isWhitespace(byte) || byte == UInt8(ascii: "}") || byte == UInt8(ascii: ";") {
                index += 1
            } else if let afterMarker = skippingHTMLCommentMarker(bytes, at: index) {
                index = afterMarker
            } else if byte == UInt8(ascii: "@") {
                let (atRule, end) = parseAtRule(bytes, from: index)
                if let atRule { items.append(.atRule(atRule)) }
                index = end
            } else {
                let (rule, end) = parseQualifiedRule(bytes, from: index)
                if let rule { items.append(.rule(rule)) }
                index = end
            }
        }
        return CSSStyleSheet(items: items)
    }

    /// `<!--` and `-->` are allowed (and ignored) at the top level of a stylesheet.
    private static func skippingHTMLCommentMarker(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int? {
        for marker in ["<!--", "-->"] {
            let markerBytes = Array(marker.utf8)
            if bytes[index...].starts(with: markerBytes) { return index + markerBytes.count }
        }
        return nil
    }

    private static func parseAtRule(_ bytes: ArraySlice<UInt8>, from start: Int) -> (CSSAtRule?, Int) {
        var nameEnd = start + 1
        while nameEnd < bytes.endIndex, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
        let name = CSSScanner.string(bytes[(start + 1)..<nameEnd]).lowercased()
        let stop = CSSScanner.firstTopLevel([UInt8(ascii: ";"), UInt8(ascii: "{")], in: bytes, from: nameEnd)
        let hasBlock = stop < bytes.endIndex && bytes[stop] == UInt8(ascii: "{")
        let (end, isClosed) = hasBlock ? CSSScanner.endOfBlock(bytes, openingAt: stop) : (min(stop + 1, bytes.endIndex), true)
        guard !name.isEmpty else { return (nil, end) }
        var text = CSSScanner.string(CSSScanner.trimmed(bytes[start..<end]))
        // Close what the end of the input left open, as a browser does, so the rule stays valid when re-emitted.
        if !hasBlock && !text.hasSuffix(";") { text += ";" }
        if hasBlock && !isClosed { text += "}" }
        return (CSSAtRule(name: name, text: text), end)
    }

    private static func parseQualifiedRule(_ bytes: ArraySlice<UInt8>, from start: Int) -> (CSSRule?, Int) {
        let open = CSSScanner.firstTopLevel([UInt8(ascii: "{")], in: bytes, from: start)
        guard open < bytes.endIndex else { return (nil, bytes.endIndex) }
        let (end, isClosed) = CSSScanner.endOfBlock(bytes, openingAt: open)
        let blockEnd = isClosed ? end - 1 : end
        let selectorText = CSSScanner.string(CSSScanner.trimmed(bytes[start..<open]))
        guard !selectorText.isEmpty else { return (nil, end) }
        let declarations = parseDeclarations(bytes[(open + 1)..<blockEnd])
        return (CSSRule(selectorText: selectorText, declarations: declarations), end)
    }

    /// Parses `name: value [!important]; …`, skipping any declaration that is not well formed.
    static func parseDeclarations(_ bytes: ArraySlice<UInt8>) -> [CSSDeclaration] {
        CSSScanner.split(bytes, at: UInt8(ascii: ";")).compactMap(parseDeclaration)
    }

    private static func parseDeclaration(_ raw: ArraySlice<UInt8>) -> CSSDeclaration? {
        let bytes = CSSScanner.trimmed(raw)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let nameBytes = CSSScanner.trimmed(bytes[bytes.startIndex..<colon])
        guard !nameBytes.isEmpty, nameBytes.allSatisfy(isNameByte),
            !nameBytes.first!.isASCIIDigit
        else { return nil }
        var valueBytes = CSSScanner.trimmed(bytes[(colon + 1)...])
        // A nested block inside a declaration is CSS nesting or garbage; either way it cannot be inlined.
        let braces: Set<UInt8> = [UInt8(ascii: "{"), UInt8(ascii: "}")]
        if CSSScanner.firstTopLevel(braces, in: valueBytes, from: valueBytes.startIndex) < valueBytes.endIndex {
            return nil
        }
        let important = strippingImportant(&valueBytes)
        guard !valueBytes.isEmpty else { return nil }
        let name = CSSScanner.string(nameBytes)
        let property = name.hasPrefix("--") ? name : name.lowercased()
        return CSSDeclaration(property: property, value: CSSScanner.string(valueBytes), important: important)
    }

    /// Removes a trailing `! important` (any case, optional spaces) and reports whether it was there.
    private static func strippingImportant(_ value: inout ArraySlice<UInt8>) -> Bool {
        let keyword = Array("important".utf8)
        guard value.count >= keyword.count else { return false }
        let tail = value.suffix(keyword.count)
        guard zip(tail, keyword).allSatisfy({ $0 | 0x20 == $1 }) else { return false }
        let beforeKeyword = CSSScanner.trimmed(value[value.startIndex..<tail.startIndex])
        guard beforeKeyword.last == UInt8(ascii: "!") else { return false }
        value = CSSScanner.trimmed(beforeKeyword.dropLast())
        return true
    }

    /// Bytes allowed in identifiers: ASCII letters, digits, `-`, `_`, escapes and any non-ASCII byte.
    static func isNameByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte >= 0x80
    }
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
}
