/// Recognises the seven kinds of HTML block start and their end conditions (spec section 4.6).
enum HTMLBlockScanner {
    private static let rawTextTags = ["pre", "script", "style", "textarea"]

    private static let blockTags: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ]

    /// The HTML block type (1–7) starting at `start` (a `<`), if any.
    static func startType(_ input: [UInt8], from start: Int, to end: Int) -> Int? {
        let next = start + 1
        guard next < end else { return nil }
        for tag in rawTextTags where input.hasPrefixIgnoringCase(tag, at: next, end: end) {
            let after = next + tag.utf8.count
            if after == end || input[after] == UInt8(ascii: ">") || ByteClass.isASCIIWhitespace(input[after]) { return 1 }
        }
        if input.hasPrefixIgnoringCase("!--", at: next, end: end) { return 2 }
        if input[next] == UInt8(ascii: "?") { return 3 }
        if input[next] == UInt8(ascii: "!") && next + 1 < end && ByteClass.isLetter(input[next + 1]) { return 4 }
        if input.hasPrefixIgnoringCase("![cdata[", at: next, end: end) { return 5 }
        if isBlockTag(input, from: next, to: end) { return 6 }
        if let tagEnd = InlineHTMLScanner.scanOpenTag(input, from: start, to: end)
            ?? InlineHTMLScanner.scanClosingTag(input, from: start, to: end) {
            var index = tagEnd
            while index < end && ByteClass.isASCIIWhitespace(input[index]) { index += 1 }
            if index == end { return 7 }
        }
        return nil
    }

    private static func isBlockTag(_ input: [UInt8], from start: Int, to end: Int) -> Bool {
        var index = start
        if index < end && input[index] == UInt8(ascii: "/") { index += 1 }
        let nameStart = index
        while index < end && ByteClass.isAlphanumeric(input[index]) { index += 1 }
        guard index > nameStart, index - nameStart <= 10 else { return false }
        let name = String(decoding: input[nameStart..<index].map(ByteClass.lowercased), as: UTF8.self)
        guard blockTags.contains(name) else { return false }
        if index == end || ByteClass.isASCIIWhitespace(input[index]) || input[index] == UInt8(ascii: ">") { return true }
        return input[index] == UInt8(ascii: "/") && index + 1 < end && input[index + 1] == UInt8(ascii: ">")
    }

    /// Whether the line `[start, end)` contains the end condition of an HTML block of type 1–5.
    static func closes(type: Int, _ input: [UInt8], from start: Int, to end: Int) -> Bool {
        switch type {
        case 1:
            var index = start
            while index + 1 < end {
                if input[index] == UInt8(ascii: "<") && input[index + 1] == UInt8(ascii: "/") {
                    for tag in rawTextTags where input.hasPrefixIgnoringCase(tag + ">", at: index + 2, end: end) {
                        return true
                    }
                }
                index += 1
            }
            return false
        case 2: return contains("-->", input, from: start, to: end)
        case 3: return contains("?>", input, from: start, to: end)
        case 4: return contains(">", input, from: start, to: end)
        case 5: return contains("]]>", input, from: start, to: end)
        default: return false
        }
    }

    private static func contains(_ needle: String, _ input: [UInt8], from start: Int, to end: Int) -> Bool {
        let bytes = Array(needle.utf8)
        guard end - start >= bytes.count else { return false }
        var index = start
        while index + bytes.count <= end {
            if input[index] == bytes[0] && input.hasPrefixIgnoringCase(needle, at: index, end: end) { return true }
            index += 1
        }
        return false
    }
}
