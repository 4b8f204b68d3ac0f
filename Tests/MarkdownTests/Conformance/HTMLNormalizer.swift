/// Normalises HTML for comparison the way the spec's test runner (`normalize.py`) does in essence:
/// whitespace between block-level tags collapsed, attributes sorted, trailing whitespace dropped.
enum HTMLNormalizer {
    private static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button",
        "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div",
        "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption",
        "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video",
        "script", "style",
    ]

    static func normalize(_ html: String) -> String {
        var tokens = tokenize(html)
        tokens = tokens.map { $0.hasPrefix("<") ? sortAttributes($0) : $0 }
        var result = ""
        for (index, token) in tokens.enumerated() {
            if !token.hasPrefix("<") && token.allSatisfy(\.isWhitespace) {
                let previousIsBlock = index > 0 && isBlockTag(tokens[index - 1])
                let nextIsBlock = index + 1 < tokens.count && isBlockTag(tokens[index + 1])
                if previousIsBlock || nextIsBlock || index == 0 || index + 1 == tokens.count { continue }
            }
            result += token
        }
        return result.trimmingWhitespace()
    }

    private static func tokenize(_ html: String) -> [String] {
        var tokens = [String]()
        var current = ""
        var inTag = false
        for character in html {
            if character == "<" && !inTag {
                if !current.isEmpty { tokens.append(current) }
                current = "<"
                inTag = true
            } else if character == ">" && inTag {
                current.append(">")
                tokens.append(current)
                current = ""
                inTag = false
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private static func tagName(_ token: String) -> String {
        let body = token.dropFirst().drop(while: { $0 == "/" })
        return String(body.prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
    }

    private static func isBlockTag(_ token: String) -> Bool {
        token.hasPrefix("<") && blockTags.contains(tagName(token))
    }

    private static func sortAttributes(_ token: String) -> String {
        guard !token.hasPrefix("<!"), !token.hasPrefix("</"), !token.hasPrefix("<?") else { return token }
        let inner = token.dropFirst().dropLast()
        let selfClosing = inner.hasSuffix("/")
        let parts = (selfClosing ? inner.dropLast() : inner).split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count > 2, !token.contains("\"") || !token.contains(" \" ") else { return token }
        let name = parts[0]
        let attributes = parts.dropFirst().sorted()
        return "<" + name + " " + attributes.joined(separator: " ") + (selfClosing ? " />" : ">")
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
