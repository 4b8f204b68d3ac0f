/// Cuts a template into tokens, honouring set-delimiters tags as it goes.
struct Scanner {
    let source: SourceText
    let path: String

    func tokens() throws -> [Token] {
        var tokens: [Token] = []
        var delimiters = Delimiters.standard
        var textStart = 0
        var offset = 0
        let bytes = source.bytes
        while offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "\n") {
                let isCRLF = offset > textStart && bytes[offset - 1] == UInt8(ascii: "\r")
                let newlineStart = isCRLF ? offset - 1 : offset
                appendText(textStart..<newlineStart, to: &tokens)
                tokens.append(.newline(newlineStart..<offset + 1))
                offset += 1
                textStart = offset
            } else if source.matches(delimiters.opening, at: offset) {
                appendText(textStart..<offset, to: &tokens)
                let (tag, end) = try scanTag(at: offset, delimiters: &delimiters)
                tokens.append(.tag(tag))
                offset = end
                textStart = offset
            } else {
                offset += 1
            }
        }
        appendText(textStart..<bytes.count, to: &tokens)
        return tokens
    }

    private func appendText(_ range: Range<Int>, to tokens: inout [Token]) {
        if !range.isEmpty { tokens.append(.text(range)) }
    }

    /// Scans the tag whose opening delimiter is at `start`; returns it with the offset just past it.
    private func scanTag(at start: Int, delimiters: inout Delimiters) throws -> (Tag, end: Int) {
        let contentStart = start + delimiters.opening.count
        let sigil = contentStart < source.bytes.count ? source.bytes[contentStart] : 0
        let kind: Tag.Kind
        var terminator = delimiters.closing
        var bodyStart = contentStart + 1
        switch sigil {
        case UInt8(ascii: "{"):
            kind = .variable(escaped: false)
            terminator = Array("}".utf8) + delimiters.closing
        case UInt8(ascii: "="):
            kind = .setDelimiters
            terminator = Array("=".utf8) + delimiters.closing
        case UInt8(ascii: "&"): kind = .variable(escaped: false)
        case UInt8(ascii: "#"): kind = .section(inverted: false)
        case UInt8(ascii: "^"): kind = .section(inverted: true)
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        default:
            kind = .variable(escaped: true)
            bodyStart = contentStart
        }
        guard bodyStart <= source.bytes.count,
            let bodyEnd = source.firstOffset(of: terminator, from: bodyStart)
        else {
            throw TemplateError.unclosedTag(path: path, location: source.location(ofByte: start))
        }
        let content = source.string(bodyStart..<bodyEnd).trimmingMustacheWhitespace()
        let tag = Tag(kind: kind, content: content, offset: start)
        try checkContent(of: tag, updating: &delimiters)
        return (tag, bodyEnd + terminator.count)
    }

    /// Rejects empty names and malformed delimiters; a set-delimiters tag takes effect here.
    private func checkContent(of tag: Tag, updating delimiters: inout Delimiters) throws {
        switch tag.kind {
        case .comment:
            return
        case .setDelimiters:
            guard let newDelimiters = Delimiters(setDelimitersContent: tag.content) else {
                throw TemplateError.invalidDelimiters(
                    content: tag.content, path: path, location: source.location(ofByte: tag.offset))
            }
            delimiters = newDelimiters
        default:
            if tag.content.isEmpty || tag.content == "*" {
                throw TemplateError.emptyTagName(path: path, location: source.location(ofByte: tag.offset))
            }
        }
    }
}
