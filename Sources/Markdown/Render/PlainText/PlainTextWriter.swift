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

    init(width: Int, document: Document) {
        self.width = width
        footnoteDefinitions = HTMLWriter.footnoteDefinitions(in: document)
    }

    mutating func takeReferences() -> [String] {
        defer { pendingReferences.removeAll() }
        return pendingReferences.map { "[\($0.number)] \($0.url)" }
    }

    // MARK: - Blocks

    /// The lines of `blocks`, separated by blank lines.
    mutating func blocks(_ blocks: [Block], width: Int, tight: Bool = false) -> [String] {
        var lines = [String]()
        for block in blocks {
            let blockLines = self.block(block, width: width)
            guard !blockLines.isEmpty else { continue }
            if !lines.isEmpty && !tight { lines.append("") }
            lines.append(contentsOf: blockLines)
        }
        return lines
    }

    mutating func block(_ block: Block, width: Int) -> [String] {
        switch block {
        case .paragraph(let paragraph):
            return TextWrapper.wrap(inlineText(paragraph.children), width: width)
        case .heading(let heading):
            return self.heading(heading, width: width)
        case .thematicBreak:
            return [String(repeating: "-", count: min(width, 72))]
        case .blockQuote(let quote):
            return blocks(quote.children, width: max(1, width - 2)).map { $0.isEmpty ? ">" : "> " + $0 }
        case .list(let list):
            return self.list(list, width: width)
        case .codeBlock(let code):
            var lines = code.code.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.isEmpty ? "" : "    " + line
            }
            if lines.last == "" { lines.removeLast() }
            return lines
        case .htmlBlock, .footnoteDefinition:
            return []
        case .table(let table):
            return self.table(table, width: width)
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

    private mutating func list(_ list: List, width: Int) -> [String] {
        var lines = [String]()
        for (index, item) in list.items.enumerated() {
            var marker: String
            switch list.kind {
            case .bullet: marker = "- "
            case .ordered(let start, let delimiter): marker = "\(start + index)\(delimiter) "
            }
            switch item.checkbox {
            case .checked?: marker += "[x] "
            case .unchecked?: marker += "[ ] "
            case nil: break
            }
            let indent = String(repeating: " ", count: DisplayWidth.of(marker))
            let itemLines = blocks(item.children, width: max(1, width - indent.count), tight: list.isTight)
            if !lines.isEmpty && !list.isTight { lines.append("") }
            if itemLines.isEmpty {
                lines.append(String(marker.dropLast()))
                continue
            }
            for (lineIndex, line) in itemLines.enumerated() {
                if lineIndex == 0 {
                    lines.append(marker + line)
                } else {
                    lines.append(line.isEmpty ? "" : indent + line)
                }
            }
        }
        return lines
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
            case .text(let node): text += node.string
            case .code(let node): text += node.code
            case .softBreak: text += " "
            case .lineBreak: text += "\n"
            case .html: break
            case .emphasis, .strong, .strikethrough: text += inlineText(inline.children)
            case .link(let link):
                let label = inlineText(link.children)
                if label == link.destination || "mailto:" + label == link.destination || link.destination.hasSuffix("//" + label) {
                    text += label
                } else {
                    text += label + " [\(reference(for: link.destination))]"
                }
            case .image(let image):
                let alt = Inline.plainText(of: image.children)
                text += (alt.isEmpty ? "image" : alt) + " [\(reference(for: image.source))]"
            case .footnoteReference(let reference):
                text += "[^\(footnoteNumber(reference.label))]"
            }
        }
        return text
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
