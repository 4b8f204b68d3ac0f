/// The state of one plain-text rendering: reference and footnote numbering.
struct PlainTextWriter {
    let width: Int
    /// Link references not yet listed.
    var pendingReferences: [(number: Int, url: String)] = []
    private var referenceNumbers: [String: Int] = [:]
    private var nextReference = 1
    private let footnoteDefinitions: [String: FootnoteDefinition]
    private var footnoteOrder: [String] = []
    private var footnoteNumbers: [String: Int] = [:]

    /// An inline container whose text is being written; `outer` is the text before a link, whose own text is
    /// collected apart.
    private struct InlineFrame {
        let inlines: [Inline]
        var next = 0
        var link: Link?
        var outer = ""
    }

    /// Open inline containers above the current one (see `nestedText(_:into:)`).
    private var inlineStack: [InlineFrame] = []

    init(width: Int, document: Document) {
        self.width = width
        footnoteDefinitions = HTMLWriter.footnoteDefinitions(in: document)
    }

    mutating func takeReferences() -> [String] {
        defer { pendingReferences.removeAll() }
        return pendingReferences.map { "[\($0.number)] \($0.url)" }
    }

    // MARK: - Blocks

    /// The lines of `blocks`, separated by blank lines unless `tight`.
    ///
    /// Containers are written with an explicit stack (``LineStack``) rather than recursion, which a deeply
    /// nested document would drive into a stack overflow.
    mutating func blocks(_ blocks: [Block], width: Int, tight: Bool = false) -> [String] {
        var stack = LineStack(blocks, width: width, tight: tight)
        while let top = stack.frames.indices.last {
            let index = stack.frames[top].next
            guard index < stack.frames[top].blocks.count else {
                stack.endFrame()
                continue
            }
            stack.frames[top].next += 1
            stack.startBlock()
            let width = stack.frames[top].width
            switch stack.frames[top].blocks[index] {
            case .blockQuote(let quote):
                stack.frames.append(LineStack.Frame(blocks: quote.children, width: max(1, width - 2), decoration: .quote))
            case .list(let list) where !list.items.isEmpty:
                stack.startList(list)
            case let block:
                for line in leafLines(block, width: width) { stack.write(line, depth: top) }
            }
        }
        return stack.lines
    }

    /// The lines of one block (its content's, for a container).
    mutating func block(_ block: Block, width: Int) -> [String] {
        blocks([block], width: width)
    }

    /// The lines of a block without block children (containers are written by ``blocks(_:width:tight:)``).
    private mutating func leafLines(_ block: Block, width: Int) -> [String] {
        switch block {
        case .paragraph(let paragraph):
            return TextWrapper.wrap(inlineText(paragraph.children), width: width)
        case .heading(let heading):
            return self.heading(heading, width: width)
        case .thematicBreak:
            return [String(repeating: "-", count: min(width, 72))]
        case .codeBlock(let code):
            var lines = code.code.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.isEmpty ? "" : "    " + line
            }
            if lines.last == "" { lines.removeLast() }
            return lines
        case .table(let table):
            return self.table(table, width: width)
        case .htmlBlock, .footnoteDefinition, .blockQuote, .list:
            return []
        }
    }

    private mutating func heading(_ heading: Heading, width: Int) -> [String] {
        let text = inlineText(heading.children)
        switch heading.level {
        case 1, 2:
            let lines = TextWrapper.wrap(text, width: width)
            let underlineWidth = lines.map { DisplayWidth.of($0) }.max() ?? 0
            return lines + [String(repeating: heading.level == 1 ? "=" : "-", count: max(3, underlineWidth))]
        default:
            return TextWrapper.wrap(text.uppercased(), width: width)
        }
    }

    /// Aligned columns when they fit the width; otherwise one record per row (`- Header: value` lines,
    /// wrapped with a hanging indent), so no line of a narrow text part overflows.
    private mutating func table(_ table: Table, width: Int) -> [String] {
        let rows = ([table.head] + table.body).map { row in row.cells.map { inlineText($0.children) } }
        let columnCount = table.alignments.count
        var widths = [Int](repeating: 1, count: columnCount)
        for row in rows {
            for (column, cell) in row.enumerated() where column < columnCount {
                widths[column] = max(widths[column], DisplayWidth.of(cell))
            }
        }
        let tableWidth = widths.reduce(0, +) + 3 * max(0, columnCount - 1)
        guard tableWidth <= width else { return records(rows, columnCount: columnCount, width: width) }
        func format(_ row: [String]) -> String {
            var cells = [String]()
            for column in 0..<columnCount {
                let text = column < row.count ? row[column].replacingNewlines() : ""
                let padding = widths[column] - DisplayWidth.of(text)
                switch table.alignments[column] {
                case .right:
                    cells.append(String(repeating: " ", count: padding) + text)
                case .center:
                    let left = padding / 2
                    cells.append(String(repeating: " ", count: left) + text + String(repeating: " ", count: padding - left))
                case .left, .none:
                    cells.append(text + String(repeating: " ", count: padding))
                }
            }
            return cells.joined(separator: " | ").trimmingTrailingSpaces()
        }
        var lines = [format(rows[0])]
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "-|-"))
        for row in rows.dropFirst() { lines.append(format(row)) }
        return lines
    }

    private func records(_ rows: [[String]], columnCount: Int, width: Int) -> [String] {
        let header = rows[0]
        var lines = [String]()
        for (rowIndex, row) in rows.dropFirst().enumerated() {
            if rowIndex > 0 { lines.append("") }
            for column in 0..<columnCount {
                let label = column < header.count ? header[column].replacingNewlines() : ""
                let value = column < row.count ? row[column].replacingNewlines() : ""
                let text = label.isEmpty ? value : label + ": " + value
                let wrapped = TextWrapper.wrap(text, width: max(1, width - 2))
                for (lineIndex, line) in wrapped.enumerated() {
                    lines.append((column == 0 && lineIndex == 0 ? "- " : "  ") + line)
                }
            }
        }
        return lines
    }

    mutating func footnoteSection() -> [String] {
        var lines = [String]()
        var index = 0
        while index < footnoteOrder.count {
            let key = footnoteOrder[index]
            index += 1
            guard let definition = footnoteDefinitions[key] else { continue }
            let marker = "[^\(index)] "
            let indent = String(repeating: " ", count: marker.count)
            let body = blocks(definition.children, width: max(1, width - marker.count))
            for (lineIndex, line) in body.enumerated() {
                lines.append(lineIndex == 0 ? marker + line : (line.isEmpty ? "" : indent + line))
            }
        }
        return lines
    }

    // MARK: - Inlines

    /// The text of inline content, with `\n` for hard breaks and reference numbers after links.
    mutating func inlineText(_ inlines: [Inline]) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .emphasis, .strong, .strikethrough, .link: nestedText(inline, into: &text)
            default: leafText(inline, into: &text)
            }
        }
        return text
    }

    /// Appends the text of a container, with an explicit stack of the containers above the current one.
    private mutating func nestedText(_ root: Inline, into text: inout String) {
        // Scratch storage kept for its capacity.
        var stack = inlineStack
        inlineStack = []
        defer { inlineStack = stack }
        stack.removeAll(keepingCapacity: true)
        var current = InlineFrame(inlines: [root])
        while true {
            guard current.next < current.inlines.count else {
                if let link = current.link {
                    // A link's text is collected apart, to compare it with the destination.
                    let label = text
                    text = current.outer
                    if label == link.destination || "mailto:" + label == link.destination
                        || link.destination.hasSuffix("//" + label) {
                        text += label
                    } else {
                        text += label + " [\(reference(for: link.destination))]"
                    }
                }
                guard let parent = stack.popLast() else { return }
                current = parent
                continue
            }
            let inline = current.inlines[current.next]
            current.next += 1
            switch inline {
            case .emphasis(let node):
                stack.append(current)
                current = InlineFrame(inlines: node.children)
            case .strong(let node):
                stack.append(current)
                current = InlineFrame(inlines: node.children)
            case .strikethrough(let node):
                stack.append(current)
                current = InlineFrame(inlines: node.children)
            case .link(let link):
                stack.append(current)
                current = InlineFrame(inlines: link.children, link: link, outer: text)
                text = ""
            default:
                leafText(inline, into: &text)
            }
        }
    }

    /// Appends the text of an inline whose children are not written (images give their alt text).
    private mutating func leafText(_ inline: Inline, into text: inout String) {
        switch inline {
        case .text(let node): text += node.string
        case .code(let node): text += node.code
        case .softBreak: text += " "
        case .lineBreak: text += "\n"
        case .html, .emphasis, .strong, .strikethrough, .link: break
        case .image(let image):
            let alt = Inline.plainText(of: image.children)
            text += (alt.isEmpty ? "image" : alt) + " [\(reference(for: image.source))]"
        case .footnoteReference(let reference):
            text += "[^\(footnoteNumber(reference.label))]"
        }
    }

    private mutating func reference(for url: String) -> Int {
        if let number = referenceNumbers[url] { return number }
        let number = nextReference
        nextReference += 1
        referenceNumbers[url] = number
        pendingReferences.append((number, url))
        return number
    }

    private mutating func footnoteNumber(_ label: String) -> Int {
        let key = HTMLWriter.footnoteKey(label)
        if let number = footnoteNumbers[key] { return number }
        footnoteOrder.append(key)
        footnoteNumbers[key] = footnoteOrder.count
        return footnoteOrder.count
    }
}

private extension String {
    func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }

    func trimmingTrailingSpaces() -> String {
        var result = Substring(self)
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}
