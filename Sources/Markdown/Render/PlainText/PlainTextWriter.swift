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

    /// An inline container whose text is being written; a link's text starts at `linkStart` in the text, to be
    /// compared with its destination once written.
    private struct InlineFrame {
        let inlines: [Inline]
        var next = 0
        /// The destination of a link (its only field needed once its text is written).
        var destination: String?
        var linkStart = 0
    }

    /// Open inline containers above the current one (see `nestedText(_:into:)`).
    private var inlineStack: [InlineFrame] = []
    /// Scratch storage for the lines of a leaf block and its inline text, kept for their capacity.
    private var leafScratch = TextLines()
    private var textScratch: [UInt8] = []

    init(width: Int, document: Document) {
        self.width = width
        footnoteDefinitions = HTMLWriter.footnoteDefinitions(in: document)
    }

    /// Appends the pending link references, one per line.
    mutating func takeReferences(into lines: inout TextLines) {
        for reference in pendingReferences {
            lines.append("[\(reference.number)] \(reference.url)")
            lines.endLine()
        }
        pendingReferences.removeAll()
    }

    // MARK: - Blocks

    /// Appends the lines of `blocks`, separated by blank lines unless `tight`.
    ///
    /// Containers are written with an explicit stack (``LineStack``) rather than recursion, which a deeply
    /// nested document would drive into a stack overflow.
    mutating func blocks(_ blocks: [Block], width: Int, tight: Bool = false, into lines: inout TextLines) {
        var stack = LineStack(blocks, width: width, tight: tight, after: lines)
        lines = TextLines()
        defer { lines = stack.lines }
        var leaf = leafScratch
        leafScratch = TextLines()
        defer { leafScratch = leaf }
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
                leaf.removeAll()
                leafLines(block, width: width, into: &leaf)
                for line in 0..<leaf.count { stack.write(leaf[line], depth: top) }
            }
        }
    }

    /// The lines of a block without block children (containers are written by ``blocks(_:width:tight:)``).
    private mutating func leafLines(_ block: Block, width: Int, into lines: inout TextLines) {
        switch block {
        case .paragraph(let paragraph):
            var text = textScratch
            textScratch = []
            text.removeAll(keepingCapacity: true)
            inlineText(paragraph.children, into: &text)
            TextWrapper.wrap(text, width: width, into: &lines)
            textScratch = text
        case .heading(let heading):
            self.heading(heading, width: width, into: &lines)
        case .thematicBreak:
            lines.append(repeating: UInt8(ascii: "-"), count: min(width, 72))
            lines.endLine()
        case .codeBlock(let code):
            var code = code.code
            code.withUTF8 { bytes in
                var start = 0
                while start < bytes.count {
                    var end = start
                    while end < bytes.count && bytes[end] != ByteClass.newline { end += 1 }
                    if end > start {
                        lines.append("    " as StaticString)
                        lines.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    }
                    lines.endLine()
                    start = end + 1
                }
            }
        case .table(let table):
            self.table(table, width: width, into: &lines)
        case .htmlBlock, .footnoteDefinition, .blockQuote, .list:
            break
        }
    }

    private mutating func heading(_ heading: Heading, width: Int, into lines: inout TextLines) {
        var text = [UInt8]()
        inlineText(heading.children, into: &text)
        switch heading.level {
        case 1, 2:
            let first = lines.count
            TextWrapper.wrap(text, width: width, into: &lines)
            var underlineWidth = 0
            for line in first..<lines.count { underlineWidth = max(underlineWidth, lines.width(of: line)) }
            lines.append(repeating: UInt8(ascii: heading.level == 1 ? "=" : "-"), count: max(3, underlineWidth))
            lines.endLine()
        default:
            TextWrapper.wrap(Array(String(decoding: text, as: UTF8.self).uppercased().utf8), width: width, into: &lines)
        }
    }

    /// Aligned columns when they fit the width; otherwise one record per row (`- Header: value` lines,
    /// wrapped with a hanging indent), so no line of a narrow text part overflows.
    private mutating func table(_ table: Table, width: Int, into lines: inout TextLines) {
        // Cell texts on one line each: a hard break in a cell becomes a space.
        var rows = [[[UInt8]]]()
        rows.reserveCapacity(table.body.count + 1)
        for row in [table.head] + table.body {
            rows.append(row.cells.map { cell in
                var text = [UInt8]()
                inlineText(cell.children, into: &text)
                return text.map { $0 == ByteClass.newline ? ByteClass.space : $0 }
            })
        }
        let columnCount = table.alignments.count
        var widths = [Int](repeating: 1, count: columnCount)
        for row in rows {
            for (column, cell) in row.enumerated() where column < columnCount {
                widths[column] = max(widths[column], DisplayWidth.of(cell))
            }
        }
        let tableWidth = widths.reduce(0, +) + 3 * max(0, columnCount - 1)
        guard tableWidth <= width else { return records(rows, columnCount: columnCount, width: width, into: &lines) }
        func format(_ row: [[UInt8]]) {
            for column in 0..<columnCount {
                if column > 0 { lines.append(" | " as StaticString) }
                let text = column < row.count ? row[column] : []
                let padding = widths[column] - DisplayWidth.of(text)
                switch table.alignments[column] {
                case .right:
                    lines.append(repeating: ByteClass.space, count: padding)
                    lines.append(text)
                case .center:
                    let left = padding / 2
                    lines.append(repeating: ByteClass.space, count: left)
                    lines.append(text)
                    lines.append(repeating: ByteClass.space, count: padding - left)
                case .left, .none:
                    lines.append(text)
                    lines.append(repeating: ByteClass.space, count: padding)
                }
            }
            lines.trimTrailingSpaces()
            lines.endLine()
        }
        format(rows[0])
        for (column, width) in widths.enumerated() {
            if column > 0 { lines.append("-|-" as StaticString) }
            lines.append(repeating: UInt8(ascii: "-"), count: width)
        }
        lines.endLine()
        for row in rows.dropFirst() { format(row) }
    }

    private func records(_ rows: [[[UInt8]]], columnCount: Int, width: Int, into lines: inout TextLines) {
        let header = rows[0]
        var wrapped = TextLines()
        for (rowIndex, row) in rows.dropFirst().enumerated() {
            if rowIndex > 0 { lines.endLine() }
            for column in 0..<columnCount {
                let label = column < header.count ? header[column] : []
                let value = column < row.count ? row[column] : []
                let text = label.isEmpty ? value : label + Array(": ".utf8) + value
                wrapped.removeAll()
                TextWrapper.wrap(text, width: max(1, width - 2), into: &wrapped)
                for line in 0..<wrapped.count {
                    lines.append(column == 0 && line == 0 ? "- " as StaticString : "  ")
                    lines.append(wrapped[line])
                    lines.endLine()
                }
            }
        }
    }

    /// Appends the footnotes referenced so far (and those their texts reference).
    mutating func footnoteSection(into lines: inout TextLines) {
        var body = TextLines()
        var index = 0
        while index < footnoteOrder.count {
            let key = footnoteOrder[index]
            index += 1
            guard let definition = footnoteDefinitions[key] else { continue }
            let marker = "[^\(index)] "
            body.removeAll()
            blocks(definition.children, width: max(1, width - marker.utf8.count), into: &body)
            for line in 0..<body.count {
                if line == 0 {
                    lines.append(marker)
                } else if !body[line].isEmpty {
                    lines.append(repeating: ByteClass.space, count: marker.utf8.count)
                }
                lines.append(body[line])
                lines.endLine()
            }
        }
    }

    // MARK: - Inlines

    /// Appends the UTF-8 text of inline content, with `\n` for hard breaks and reference numbers after links.
    mutating func inlineText(_ inlines: [Inline], into text: inout [UInt8]) {
        for inline in inlines {
            switch inline {
            case .emphasis, .strong, .strikethrough, .link: nestedText(inline, into: &text)
            default: leafText(inline, into: &text)
            }
        }
    }

    /// Appends the text of a container, with an explicit stack of the containers above the current one.
    private mutating func nestedText(_ root: Inline, into text: inout [UInt8]) {
        guard var current = Self.open(root, at: text.count) else { return leafText(root, into: &text) }
        // Scratch storage kept for its capacity.
        var stack = inlineStack
        inlineStack = []
        defer { inlineStack = stack }
        stack.removeAll(keepingCapacity: true)
        while true {
            guard current.next < current.inlines.count else {
                if let destination = current.destination, !Self.isOwnURL(text[current.linkStart...], destination) {
                    text.append(contentsOf: " [\(reference(for: destination))]".utf8)
                }
                guard let parent = stack.popLast() else { return }
                current = parent
                continue
            }
            let inline = current.inlines[current.next]
            current.next += 1
            if let inner = Self.open(inline, at: text.count) {
                stack.append(current)
                current = inner
            } else {
                leafText(inline, into: &text)
            }
        }
    }

    /// The frame of a container whose text starts at `offset` in the text; `nil` for other inlines.
    private static func open(_ inline: Inline, at offset: Int) -> InlineFrame? {
        switch inline {
        case .emphasis(let node): InlineFrame(inlines: node.children)
        case .strong(let node): InlineFrame(inlines: node.children)
        case .strikethrough(let node): InlineFrame(inlines: node.children)
        case .link(let link): InlineFrame(inlines: link.children, destination: link.destination, linkStart: offset)
        default: nil
        }
    }

    /// Whether a link's text is its destination (possibly without its scheme or `mailto:`), which then
    /// needs no reference.
    private static func isOwnURL(_ label: ArraySlice<UInt8>, _ destination: String) -> Bool {
        var destination = destination
        let isASCII = label.allSatisfy { $0 < 0x80 } && destination.utf8.allSatisfy { $0 < 0x80 }
        guard isASCII else {
            // Strings compare by canonical equivalence, which bytes only match for ASCII.
            let label = String(decoding: label, as: UTF8.self)
            return destination == label || destination == "mailto:" + label || destination.hasSuffix("//" + label)
        }
        return destination.withUTF8 { url in
            if url.elementsEqual(label) { return true }
            let mailto: StaticString = "mailto:"
            let prefix = UnsafeBufferPointer(start: mailto.utf8Start, count: mailto.utf8CodeUnitCount)
            if url.count == prefix.count + label.count && url.starts(with: prefix) && url[prefix.count...].elementsEqual(label) {
                return true
            }
            let labelStart = url.count - label.count
            return labelStart >= 2 && url[labelStart - 2] == UInt8(ascii: "/") && url[labelStart - 1] == UInt8(ascii: "/")
                && url[labelStart...].elementsEqual(label)
        }
    }

    /// Appends the text of an inline whose children are not written (images give their alt text).
    private mutating func leafText(_ inline: Inline, into text: inout [UInt8]) {
        switch inline {
        case .text(let node): Self.append(node.string, to: &text)
        case .code(let node): Self.append(node.code, to: &text)
        case .softBreak: text.append(ByteClass.space)
        case .lineBreak: text.append(ByteClass.newline)
        case .html, .emphasis, .strong, .strikethrough, .link: break
        case .image(let image):
            let alt = Inline.plainText(of: image.children)
            Self.append((alt.isEmpty ? "image" : alt) + " [\(reference(for: image.source))]", to: &text)
        case .footnoteReference(let reference):
            Self.append("[^\(footnoteNumber(reference.label))]", to: &text)
        }
    }

    private static func append(_ string: String, to text: inout [UInt8]) {
        var string = string
        string.withUTF8 { text.append(contentsOf: $0) }
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
