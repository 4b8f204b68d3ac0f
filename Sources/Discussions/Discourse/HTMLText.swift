import Foundation

/// Turns a post's cooked HTML into Markdown-ish plain text, safely: the result never contains a tag.
///
/// A small tokenizer of its own (no HTML library) walks the UTF-8 bytes once:
/// - `script` and `style` content and Discourse quotes (`aside.quote`) are dropped;
/// - block elements become blank lines, `<br>` a line break, `<li>` a `- ` item;
/// - links keep their text and, for `http`, `https` and `mailto` only, their target as `[text](href)`;
/// - entities are decoded (common named ones and numeric ones), whitespace is collapsed outside `<pre>`;
/// - every `<` in the output is escaped as `\<` (and `\`, `[`, `]` likewise), so no tag can form,
///   and no text can turn into a link, whatever the input.
public enum HTMLText {
    /// The text of `html`.
    public static func text(fromHTML html: String) -> String {
        var converter = Converter(input: Array(html.utf8))
        converter.run()
        return converter.result
    }
}

/// A start or end tag as the converter reads it: lowercased name and entity-decoded attributes.
private struct Tag {
    var name: String
    var isEnd: Bool
    var attributes: [String: String]

    /// Whether `class` lists `token`.
    func hasClass(_ token: String) -> Bool {
        (attributes["class"] ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains {
            $0 == token
        }
    }
}

/// One pass over the HTML's bytes, writing text to `output` as it goes.
private struct Converter {
    private static let blockElements: Set<String> = [
        "p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "table", "tr",
        "hr", "section", "article", "header", "footer", "figure", "details", "summary", "aside",
    ]
    private static let rawTextElements: Set<String> = ["script", "style"]
    /// Backslash-escaped in text: `<` so no tag forms, `\\` so no escape can be undone, and brackets so
    /// text cannot close a link we write or open one of its own.
    private static let escapedBytes: Set<UInt8> = [
        UInt8(ascii: "<"), UInt8(ascii: "\\"), UInt8(ascii: "["), UInt8(ascii: "]"),
    ]

    let input: [UInt8]
    private var index = 0
    private var output: [UInt8] = []
    private var pendingSpace = false
    private var preformattedDepth = 0
    /// Nesting of the dropped `aside.quote` being skipped (0 when not skipping).
    private var skippedQuoteDepth = 0
    /// Open links: where their text starts in `output` (after the `[` written for a kept target),
    /// and their target when it may be kept.
    private var openLinks: [(start: Int, href: String?)] = []

    init(input: [UInt8]) { self.input = input }

    var result: String {
        var end = output.count
        while end > 0, isWhitespace(output[end - 1]) { end -= 1 }
        var start = 0
        while start < end, isWhitespace(output[start]) { start += 1 }
        return String(decoding: output[start..<end], as: UTF8.self)
    }

    mutating func run() {
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "<"), let tag = readMarkup() {
                if let tag { handle(tag) }
            } else if byte == UInt8(ascii: "&") {
                index += 1
                emitText(decodeEntity())
            } else {
                index += 1
                emitByte(byte)
            }
        }
    }

    // MARK: Tags

    /// Reads markup at `<`: nil when the `<` is plain text; `.some(nil)` for comments and declarations.
    private mutating func readMarkup() -> Tag?? {
        let next = index + 1 < input.count ? input[index + 1] : 0
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            let isComment = startsWith("<!--", at: index)
            index = isComment ? (find("-->", from: index + 4).map { $0 + 3 } ?? input.count)
                : (find(">", from: index).map { $0 + 1 } ?? input.count)
            return .some(nil)
        }
        let isEnd = next == UInt8(ascii: "/")
        let nameStart = index + (isEnd ? 2 : 1)
        guard nameStart < input.count, isASCIILetter(input[nameStart]) else { return nil }
        var cursor = nameStart
        while cursor < input.count, isNameByte(input[cursor]) { cursor += 1 }
        let name = String(decoding: input[nameStart..<cursor], as: UTF8.self).lowercased()
        index = cursor
        let attributes = readAttributes()
        return .some(Tag(name: name, isEnd: isEnd, attributes: attributes))
    }

    /// Reads attributes up to and including `>` (or the end of the input).
    private mutating func readAttributes() -> [String: String] {
        var attributes: [String: String] = [:]
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                break
            }
            guard !isWhitespace(byte), byte != UInt8(ascii: "/") else {
                index += 1
                continue
            }
            let nameStart = index
            while index < input.count, !isWhitespace(input[index]),
                input[index] != UInt8(ascii: "="), input[index] != UInt8(ascii: ">")
            {
                index += 1
            }
            let name = String(decoding: input[nameStart..<index], as: UTF8.self).lowercased()
            skipWhitespace()
            guard index < input.count, input[index] == UInt8(ascii: "=") else {
                attributes[name] = ""
                continue
            }
            index += 1
            skipWhitespace()
            attributes[name] = decodeEntities(in: readAttributeValue())
        }
        return attributes
    }

    private mutating func readAttributeValue() -> [UInt8] {
        guard index < input.count else { return [] }
        let quote = input[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let end = find(quote, from: index + 1) ?? input.count
            let value = Array(input[(index + 1)..<end])
            index = min(end + 1, input.count)
            return value
        }
        let start = index
        while index < input.count, !isWhitespace(input[index]), input[index] != UInt8(ascii: ">") { index += 1 }
        return Array(input[start..<index])
    }

    private mutating func handle(_ tag: Tag) {
        if skippedQuoteDepth > 0 {
            if tag.name == "aside" { skippedQuoteDepth += tag.isEnd ? -1 : 1 }
            return
        }
        if tag.isEnd {
            handleEnd(tag)
        } else {
            handleStart(tag)
        }
    }

    private mutating func handleStart(_ tag: Tag) {
        if Self.rawTextElements.contains(tag.name) {
            skipRawText(until: tag.name)
        } else if tag.name == "aside", tag.hasClass("quote") {
            skippedQuoteDepth = 1
        } else if tag.name == "br" {
            breakLines(1)
        } else if tag.name == "li" {
            breakLines(1)
            output.append(contentsOf: "- ".utf8)
        } else if tag.name == "a" {
            flushPendingSpace()
            let href = tag.attributes["href"].flatMap(Self.keptHref)
            if href != nil { output.append(UInt8(ascii: "[")) }
            openLinks.append((output.count, href))
        } else if tag.name == "img", let alt = tag.attributes["alt"] {
            emitText(Array(alt.utf8))
        } else if tag.name == "td" || tag.name == "th" {
            pendingSpace = true
        } else if Self.blockElements.contains(tag.name) {
            if tag.name == "pre" { preformattedDepth += 1 }
            breakLines(2)
        }
    }

    private mutating func handleEnd(_ tag: Tag) {
        if tag.name == "a" {
            closeLink()
        } else if Self.blockElements.contains(tag.name) {
            if tag.name == "pre" { preformattedDepth = max(0, preformattedDepth - 1) }
            breakLines(2)
        }
    }

    private mutating func closeLink() {
        guard let link = openLinks.popLast(), let href = link.href else { return }
        if link.start == output.count { output.append(contentsOf: escapedText(href)) }
        output.append(contentsOf: "](\(href))".utf8)
    }

    /// The link target when it is `http`, `https` or `mailto`, with the characters that would end the
    /// Markdown link or open a tag percent-encoded; nil for any other scheme (`javascript:`, relative…).
    private static func keptHref(_ href: String) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowercased = trimmed.lowercased()
        guard lowercased.hasPrefix("http://") || lowercased.hasPrefix("https://") || lowercased.hasPrefix("mailto:")
        else { return nil }
        var encoded = ""
        for scalar in trimmed.unicodeScalars {
            switch scalar {
            case " ", "<", ">", "(", ")", "\"", "[", "]", "\\", "`": encoded += String(format: "%%%02X", scalar.value)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: encoded.unicodeScalars.append(scalar)
            }
        }
        return encoded
    }

    private mutating func skipRawText(until name: String) {
        let closing = Array("</\(name)".utf8)
        while index < input.count {
            if startsWithCaseInsensitive(closing, at: index) {
                index = find(">", from: index).map { $0 + 1 } ?? input.count
                return
            }
            index += 1
        }
    }

    // MARK: Text

    private mutating func emitText(_ bytes: [UInt8]) {
        for byte in bytes { emitByte(byte) }
    }

    private mutating func emitByte(_ byte: UInt8) {
        guard skippedQuoteDepth == 0 else { return }
        if isWhitespace(byte) {
            if preformattedDepth > 0 {
                output.append(byte == UInt8(ascii: "\r") ? UInt8(ascii: "\n") : byte)
            } else {
                pendingSpace = true
            }
            return
        }
        flushPendingSpace()
        if Self.escapedBytes.contains(byte) { output.append(UInt8(ascii: "\\")) }
        output.append(byte)
    }

    private mutating func flushPendingSpace() {
        if pendingSpace, let last = output.last, last != UInt8(ascii: "\n"), last != UInt8(ascii: " ") {
            output.append(UInt8(ascii: " "))
        }
        pendingSpace = false
    }

    private func escapedText(_ text: String) -> [UInt8] {
        text.utf8.flatMap { Self.escapedBytes.contains($0) ? [UInt8(ascii: "\\"), $0] : [$0] }
    }

    /// Ends the current line and leaves `count` newlines (1 for a line break, 2 for a paragraph).
    private mutating func breakLines(_ count: Int) {
        guard skippedQuoteDepth == 0 else { return }
        pendingSpace = false
        while let last = output.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { output.removeLast() }
        guard !output.isEmpty else { return }
        var trailing = 0
        // Counting stops at `count`: a long run of newlines from a <pre> is not rescanned for every <br>.
        while trailing < count, trailing < output.count, output[output.count - 1 - trailing] == UInt8(ascii: "\n") {
            trailing += 1
        }
        if trailing < count { output.append(contentsOf: Array(repeating: UInt8(ascii: "\n"), count: count - trailing)) }
    }

    // MARK: Entities

    /// Decodes the reference after `&` (already consumed); a `&` that starts none is kept as is.
    private mutating func decodeEntity() -> [UInt8] {
        let (decoded, next) = HTMLEntities.decode(in: input, after: index)
        index = next
        return decoded
    }

    private func decodeEntities(in bytes: [UInt8]) -> String {
        var decoded: [UInt8] = []
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "&") {
                let (text, next) = HTMLEntities.decode(in: bytes, after: position)
                decoded.append(contentsOf: text)
                position = next
            } else {
                decoded.append(byte)
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    // MARK: Bytes

    private mutating func skipWhitespace() {
        while index < input.count, isWhitespace(input[index]) { index += 1 }
    }

    private func find(_ needle: String, from start: Int) -> Int? {
        let bytes = Array(needle.utf8)
        var position = start
        while position + bytes.count <= input.count {
            if startsWith(bytes, at: position) { return position }
            position += 1
        }
        return nil
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        input[min(start, input.count)...].firstIndex(of: byte)
    }

    private func startsWith(_ text: String, at position: Int) -> Bool { startsWith(Array(text.utf8), at: position) }

    private func startsWith(_ bytes: [UInt8], at position: Int) -> Bool {
        position + bytes.count <= input.count && input[position..<position + bytes.count].elementsEqual(bytes)
    }

    private func startsWithCaseInsensitive(_ bytes: [UInt8], at position: Int) -> Bool {
        position + bytes.count <= input.count
            && zip(input[position..<position + bytes.count], bytes).allSatisfy { lowercase($0) == lowercase($1) }
    }

    private func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\r") || byte == 0x0C
    }

    private func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }
}
