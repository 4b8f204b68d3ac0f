import Diagnostics

/// Splits a Markdown file into its YAML front matter and body, Jekyll/Hugo style: the file starts
/// with a `---` line, then YAML, then a `---` (or `...`) line, then the body.
public struct FrontMatter: Sendable {
    /// The parsed front matter, `nil` when the file has none; an empty front matter is an empty
    /// mapping. Locations are lines of the whole file.
    public var yaml: YAMLNode?
    /// The text after the closing line (the whole text, minus a BOM, when there is no front matter).
    public var body: String
    /// The file line on which `body` starts.
    public var bodyStartLine: Int

    /// Splits `text` and parses its front matter.
    ///
    /// ```swift
    /// let (yaml, body, line) = try FrontMatter.split("---\ntitre: Soins\n---\n# Bonjour\n")
    /// ```
    public static func split(_ text: String) throws(YAMLError) -> (yaml: YAMLNode?, body: String, bodyStartLine: Int) {
        let parsed = try parse(text)
        return (parsed.yaml, parsed.body, parsed.bodyStartLine)
    }

    /// Same as `split`, as a value.
    public static func parse(_ text: String) throws(YAMLError) -> FrontMatter {
        // Scanned in place: only the front matter's bytes are copied, and the body is taken from `text` as it is,
        // neither copied to an array nor validated again.
        var text = text
        switch text.withUTF8(Layout.init) {
        case .plain(let bodyStart):
            return FrontMatter(yaml: nil, body: suffix(of: text, from: bodyStart), bodyStartLine: 1)
        case .toml:
            throw .unsupported(feature: .tomlFrontMatter, location: SourceLocation(line: 1, column: 1))
        case .unterminated:
            throw .unterminatedFrontMatter(location: SourceLocation(line: 1, column: 1))
        case .frontMatter(let yamlBytes, let bodyStart, let bodyStartLine):
            var yaml = try YAMLParser.parse(bytes: yamlBytes, firstLine: 2)
            if yaml.value == .null && yaml.scalarText == nil {
                yaml = YAMLNode(.mapping(YAMLMapping()), at: yaml.location)
            }
            return FrontMatter(yaml: yaml, body: suffix(of: text, from: bodyStart), bodyStartLine: bodyStartLine)
        }
    }

    /// `text` from the UTF-8 offset `offset`, which starts a line (or follows a byte order mark).
    private static func suffix(of text: String, from offset: Int) -> String {
        String(text[text.utf8.index(text.utf8.startIndex, offsetBy: offset)...])
    }

    /// Where a file's parts are, found on its UTF-8 bytes.
    private enum Layout {
        /// No front matter: the body starts after the byte order mark, if any.
        case plain(bodyStart: Int)
        case toml
        case unterminated
        case frontMatter(yaml: [UInt8], bodyStart: Int, bodyStartLine: Int)

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let lines = LineScanner(bytes: bytes)
            guard let firstLine = lines.line(startingAt: start) else {
                self = .plain(bodyStart: start)
                return
            }
            if lines.isMarker(firstLine, "+++") {
                self = .toml
                return
            }
            guard lines.isMarker(firstLine, "---") else {
                self = .plain(bodyStart: start)
                return
            }
            var lineNumber = 2
            var next = firstLine.next
            while let line = lines.line(startingAt: next) {
                if lines.isMarker(line, "---") || lines.isMarker(line, "...") {
                    self = .frontMatter(yaml: Array(bytes[firstLine.next..<line.start]), bodyStart: line.next,
                                        bodyStartLine: lineNumber + 1)
                    return
                }
                lineNumber += 1
                next = line.next
            }
            self = .unterminated
        }
    }
}

/// Finds lines in UTF-8 bytes (ending with LF, CR LF or the end of input).
private struct LineScanner {
    struct Line {
        /// Offset of the first byte.
        var start: Int
        /// Offset after the line's content (before its line break).
        var contentEnd: Int
        /// Offset of the next line.
        var next: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>

    func line(startingAt start: Int) -> Line? {
        guard start < bytes.count else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != .lineFeed { end += 1 }
        let next = end < bytes.count ? end + 1 : end
        let contentEnd = end > start && bytes[end - 1] == .carriageReturn ? end - 1 : end
        return Line(start: start, contentEnd: contentEnd, next: next)
    }

    /// Whether the line is `marker`, optionally followed by spaces or tabs.
    func isMarker(_ line: Line, _ marker: String) -> Bool {
        let content = bytes[line.start..<line.contentEnd]
        let markerBytes = Array(marker.utf8)
        return content.starts(with: markerBytes) && content.dropFirst(markerBytes.count).allSatisfy(\.isSpaceOrTab)
    }
}
