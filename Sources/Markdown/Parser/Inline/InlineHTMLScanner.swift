/// Recognises raw HTML (spec section 6.6): open and closing tags, comments, processing instructions,
/// declarations and CDATA sections.
struct InlineHTMLScanner {
    /// Positions from which a search for a terminator already failed: later searches fail at once,
    /// which keeps runs of unclosed `<!--`, `<?`… linear.
    private var failedTerminatorSearch: [String: Int] = [:]

    /// The index after the HTML construct starting at `start` (a `<`), if any.
    mutating func scan(_ input: [UInt8], from start: Int, to end: Int) -> Int? {
        let next = start + 1
        guard next < end else { return nil }
        switch input[next] {
        case UInt8(ascii: "/"):
            return Self.scanClosingTag(input, from: start, to: end)
        case UInt8(ascii: "?"):
            return terminated(by: "?>", input, from: next + 1, to: end)
        case UInt8(ascii: "!"):
            if input.hasPrefixIgnoringCase("!--", at: next, end: end) {
                let afterOpening = next + 3
                if input.hasPrefixIgnoringCase(">", at: afterOpening, end: end) { return afterOpening + 1 }
                if input.hasPrefixIgnoringCase("->", at: afterOpening, end: end) { return afterOpening + 2 }
                return terminated(by: "-->", input, from: afterOpening, to: end)
            }
            if input.hasPrefixIgnoringCase("![cdata[", at: next, end: end) {
                guard input[next..<next + 8].elementsEqual("![CDATA[".utf8) else { return nil }
                return terminated(by: "]]>", input, from: next + 8, to: end)
            }
            if next + 1 < end && ByteClass.isLetter(input[next + 1]) {
                return terminated(by: ">", input, from: next + 2, to: end)
            }
            return nil
        default:
            return Self.scanOpenTag(input, from: start, to: end)
        }
    }

    private mutating func terminated(by terminator: String, _ input: [UInt8], from start: Int, to end: Int) -> Int? {
        if let failedFrom = failedTerminatorSearch[terminator], failedFrom <= start { return nil }
        let bytes = Array(terminator.utf8)
        var index = start
        while index + bytes.count <= end {
            if input[index] == bytes[0] && input[index..<index + bytes.count].elementsEqual(bytes) {
                return index + bytes.count
            }
            index += 1
        }
        failedTerminatorSearch[terminator] = start
        return nil
    }

    /// `<tag attr="value" … />`: returns the index after `>`.
    static func scanOpenTag(_ input: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start + 1
        guard let nameEnd = scanTagName(input, from: index, to: end) else { return nil }
        index = nameEnd
        while true {
            let beforeWhitespace = index
            index = skipWhitespace(input, from: index, to: end)
            guard index < end else { return nil }
            let byte = input[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if byte == UInt8(ascii: "/") {
                return index + 1 < end && input[index + 1] == UInt8(ascii: ">") ? index + 2 : nil
            }
            guard index > beforeWhitespace, let attributeEnd = scanAttribute(input, from: index, to: end) else { return nil }
            index = attributeEnd
        }
    }

    /// `</tag >`: returns the index after `>`.
    static func scanClosingTag(_ input: [UInt8], from start: Int, to end: Int) -> Int? {
        guard start + 1 < end, input[start + 1] == UInt8(ascii: "/"),
              let nameEnd = scanTagName(input, from: start + 2, to: end) else { return nil }
        let index = skipWhitespace(input, from: nameEnd, to: end)
        return index < end && input[index] == UInt8(ascii: ">") ? index + 1 : nil
    }

    private static func scanTagName(_ input: [UInt8], from start: Int, to end: Int) -> Int? {
        guard start < end, ByteClass.isLetter(input[start]) else { return nil }
        var index = start + 1
        while index < end && (ByteClass.isAlphanumeric(input[index]) || input[index] == UInt8(ascii: "-")) { index += 1 }
        return index
    }

    private static func skipWhitespace(_ input: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end && ByteClass.isASCIIWhitespace(input[index]) { index += 1 }
        return index
    }

    private static func scanAttribute(_ input: [UInt8], from start: Int, to end: Int) -> Int? {
        func isNameStart(_ byte: UInt8) -> Bool {
            ByteClass.isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
        }
        guard start < end, isNameStart(input[start]) else { return nil }
        var index = start + 1
        while index < end {
            let byte = input[index]
            guard ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") else { break }
            index += 1
        }
        let nameEnd = index
        index = skipWhitespace(input, from: index, to: end)
        guard index < end, input[index] == UInt8(ascii: "=") else { return nameEnd }
        index = skipWhitespace(input, from: index + 1, to: end)
        guard index < end else { return nil }
        let quote = input[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            var close = index + 1
            while close < end && input[close] != quote { close += 1 }
            return close < end ? close + 1 : nil
        }
        let valueStart = index
        while index < end {
            let byte = input[index]
            if ByteClass.isASCIIWhitespace(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
                || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "`") { break }
            index += 1
        }
        return index > valueStart ? index : nil
    }
}
