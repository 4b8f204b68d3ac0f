/// A token after the standalone-line rules have been applied.
enum LaidOutToken: Sendable, Hashable {
    case text(String)
    /// Start of a rendered line and its leading whitespace (see ``Node/lineStart(indentation:)``).
    case lineStart(indentation: String)
    /// A tag; `line` indexes ``LineLayout/indentations``.
    case tag(Tag, isStandalone: Bool, line: Int)
}

/// Applies the spec's standalone rules: a line holding only whitespace and one non-interpolation tag
/// (section, inverted, closing, comment, partial, parent, block or set-delimiters) is removed from the
/// output, whitespace and line break included. Parent tags `{{<p}}` and their closing tags do not count
/// towards "one tag": they render nothing at their position, so `{{<parent}}{{$block}}` or
/// `{{/block}}{{/parent}}` alone on a line are standalone too, as the inheritance spec requires.
/// Other lines are split into a ``LaidOutToken/lineStart(indentation:)`` and their remaining tokens.
struct LineLayout {
    /// The leading spaces and tabs of every source line.
    private(set) var indentations: [String] = []
    private(set) var tokens: [LaidOutToken] = []

    init(tokens scanned: [Token], source: SourceText) {
        let lines = Self.lines(of: scanned)
        indentations = lines.map { Self.leadingWhitespace(of: scanned[$0.content], source: source) }
        var openKinds: [Tag.Kind] = []
        for (lineIndex, line) in lines.enumerated() {
            let lineTokens = scanned[line.content]
            let isStandalone = Self.isStandalone(lineTokens, source: source, openKinds: &openKinds)
            if isStandalone {
                for case .tag(let tag) in lineTokens {
                    tokens.append(.tag(tag, isStandalone: true, line: lineIndex))
                }
            } else {
                appendRendered(lineTokens, line: lineIndex, source: source)
                if let newline = line.newline { tokens.append(.text(source.string(newline))) }
            }
        }
    }

    private mutating func appendRendered(_ lineTokens: ArraySlice<Token>, line: Int, source: SourceText) {
        guard !lineTokens.isEmpty else { return }
        let indentation = indentations[line]
        tokens.append(.lineStart(indentation: indentation))
        var isFirst = true
        for token in lineTokens {
            switch token {
            case .text(let range):
                let start = isFirst ? range.lowerBound + indentation.utf8.count : range.lowerBound
                if start < range.upperBound { tokens.append(.text(source.string(start..<range.upperBound))) }
            case .newline(let range):
                tokens.append(.text(source.string(range)))
            case .tag(let tag):
                tokens.append(.tag(tag, isStandalone: false, line: line))
            }
            isFirst = false
        }
    }

    private struct Line {
        var content: Range<Int>
        var newline: Range<Int>?
    }

    /// Token ranges of each line, without its line break.
    private static func lines(of tokens: [Token]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        for (index, token) in tokens.enumerated() {
            if case .newline(let range) = token {
                lines.append(Line(content: start..<index, newline: range))
                start = index + 1
            }
        }
        lines.append(Line(content: start..<tokens.count, newline: nil))
        return lines
    }

    private static func leadingWhitespace(of line: ArraySlice<Token>, source: SourceText) -> String {
        guard case .text(let range)? = line.first else { return "" }
        var end = range.lowerBound
        while end < range.upperBound && SourceText.isInlineWhitespace(source.bytes[end]) { end += 1 }
        return source.string(range.lowerBound..<end)
    }

    /// Decides whether a line is standalone, tracking open sections across lines to know which closing
    /// tags close parents.
    private static func isStandalone(
        _ line: ArraySlice<Token>, source: SourceText, openKinds: inout [Tag.Kind]
    ) -> Bool {
        var onlyWhitespaceAndStandaloneTags = true
        var tagCount = 0
        var countedTagCount = 0
        for token in line {
            switch token {
            case .text(let range):
                if !source.bytes[range].allSatisfy(SourceText.isInlineWhitespace) {
                    onlyWhitespaceAndStandaloneTags = false
                }
            case .newline:
                break
            case .tag(let tag):
                tagCount += 1
                var isParentTag = false
                switch tag.kind {
                case .section, .block: openKinds.append(tag.kind)
                case .parent:
                    openKinds.append(tag.kind)
                    isParentTag = true
                case .close: isParentTag = openKinds.popLast() == .parent
                case .variable: onlyWhitespaceAndStandaloneTags = false
                case .comment, .partial, .setDelimiters: break
                }
                if !isParentTag { countedTagCount += 1 }
            }
        }
        return onlyWhitespaceAndStandaloneTags && tagCount > 0 && countedTagCount <= 1
    }
}
