/// The state of one HTML rendering: the output bytes, heading slugs and footnote numbering.
struct HTMLWriter {
    let options: MarkdownOptions
    var output: [UInt8] = []
    var slugger = Slugger()
    let document: Document
    /// Footnote definitions by normalized label, collected at the first footnote reference.
    var footnoteDefinitions: [String: FootnoteDefinition]?
    /// Referenced footnotes in order of first reference, their numbers and reference counts.
    var footnoteOrder: [String] = []
    var footnoteNumbers: [String: Int] = [:]
    var footnoteReferenceCounts: [String: Int] = [:]
    /// Open inline containers, their next child and their end tag (see `nested(_:)`).
    private var inlineStack: [(inlines: [Inline], next: Int, end: StaticString)] = []

    init(options: MarkdownOptions, document: Document, expectedSize: Int = 4096) {
        self.options = options
        self.document = document
        output.reserveCapacity(expectedSize)
    }

    /// The first definition of each footnote label.
    static func footnoteDefinitions(in document: Document) -> [String: FootnoteDefinition] {
        var definitions = [String: FootnoteDefinition]()
        Block.forEach(in: document.children) { block in
            guard case .footnoteDefinition(let definition) = block else { return }
            let key = footnoteKey(definition.label)
            if definitions[key] == nil { definitions[key] = definition }
        }
        return definitions
    }

    static func footnoteKey(_ label: String) -> String {
        let bytes = Array(label.utf8)
        return LinkScanner.normalizeLabel(bytes, 0..<bytes.count)
    }

    // MARK: - Output helpers

    mutating func literal(_ text: String) {
        var text = text
        text.withUTF8 { output.append(contentsOf: $0) }
    }

    /// Appends constant markup without creating a String.
    mutating func raw(_ text: StaticString) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func escaped(_ text: String) { HTMLEscaping.append(escaping: text, to: &output) }

    /// A newline unless the output is empty or already ends with one.
    mutating func cr() {
        if let last = output.last, last != ByteClass.newline { output.append(ByteClass.newline) }
    }

    mutating func url(_ url: String) {
        if options.unsafeHTML || !HTMLEscaping.isUnsafe(url) { escaped(url) }
    }

    // MARK: - Blocks

    /// What to write once a frame's blocks are written.
    private enum BlockEnd {
        case none
        case blockQuote
        /// The end of item `index` of a list, then the next item or the end of the list.
        case listItem(List, index: Int)
    }

    /// Blocks being written, with an explicit stack of containers rather than recursion, which a deeply
    /// nested document would drive into a stack overflow.
    private struct BlockFrame {
        let blocks: [Block]
        var next = 0
        let tight: Bool
        let end: BlockEnd
    }

    mutating func blocks(_ blocks: [Block], tight: Bool) {
        // The containers above the current one.
        var stack: [BlockFrame] = []
        var current = BlockFrame(blocks: blocks, tight: tight, end: .none)
        while true {
            guard current.next < current.blocks.count else {
                switch current.end {
                case .none:
                    break
                case .blockQuote:
                    cr()
                    raw("</blockquote>")
                    cr()
                case .listItem(let list, let index):
                    raw("</li>")
                    cr()
                    if index + 1 < list.items.count {
                        current = openItem(list, index + 1)
                        continue
                    }
                    closeList(list)
                }
                guard let parent = stack.popLast() else { return }
                current = parent
                continue
            }
            let block = current.blocks[current.next]
            current.next += 1
            switch block {
            case .blockQuote(let quote):
                cr()
                raw("<blockquote>")
                cr()
                stack.append(current)
                current = BlockFrame(blocks: quote.children, tight: false, end: .blockQuote)
            case .list(let list):
                cr()
                switch list.kind {
                case .bullet:
                    raw("<ul>")
                case .ordered(let start, _):
                    literal(start == 1 ? "<ol>" : "<ol start=\"\(start)\">")
                }
                cr()
                if list.items.isEmpty {
                    closeList(list)
                } else {
                    stack.append(current)
                    current = openItem(list, 0)
                }
            default:
                leaf(block, tight: current.tight)
            }
        }
    }

    private mutating func openItem(_ list: List, _ index: Int) -> BlockFrame {
        let item = list.items[index]
        raw("<li>")
        if let checkbox = item.checkbox {
            raw(checkbox == .checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> "
                                     : "<input type=\"checkbox\" disabled=\"\" /> ")
        }
        return BlockFrame(blocks: item.children, tight: list.isTight, end: .listItem(list, index: index))
    }

    private mutating func closeList(_ list: List) {
        if case .bullet = list.kind { raw("</ul>") } else { raw("</ol>") }
        cr()
    }

    /// A block without block children (containers are written by ``blocks(_:tight:)``).
    private mutating func leaf(_ block: Block, tight: Bool) {
        switch block {
        case .paragraph(let paragraph):
            if tight {
                inlines(paragraph.children)
            } else {
                cr()
                raw("<p>")
                inlines(paragraph.children)
                raw("</p>")
                cr()
            }
        case .heading(let heading):
            cr()
            raw("<h")
            output.append(UInt8(ascii: "0") + UInt8(clamping: heading.level))
            if options.headingIDs {
                raw(" id=\"")
                escaped(slugger.slug(for: Inline.plainText(of: heading.children)))
                raw("\"")
            }
            raw(">")
            inlines(heading.children)
            raw("</h")
            output.append(UInt8(ascii: "0") + UInt8(clamping: heading.level))
            raw(">")
            cr()
        case .thematicBreak:
            cr()
            raw("<hr />")
            cr()
        case .codeBlock(let code):
            cr()
            raw("<pre><code")
            if let language = code.language {
                raw(" class=\"language-")
                escaped(language)
                raw("\"")
            }
            raw(">")
            escaped(code.code)
            raw("</code></pre>")
            cr()
        case .htmlBlock(let html):
            cr()
            if options.unsafeHTML { literal(html.html) } else { raw("<!-- raw HTML omitted -->") }
            cr()
        case .table(let table):
            self.table(table)
        case .footnoteDefinition, .blockQuote, .list:
            break // footnotes are rendered in their section
        }
    }

    private mutating func table(_ table: Table) {
        cr()
        raw("<table>\n<thead>\n")
        row(table.head, cellTag: "th", alignments: table.alignments)
        raw("</thead>\n")
        if !table.body.isEmpty {
            raw("<tbody>\n")
            for row in table.body { self.row(row, cellTag: "td", alignments: table.alignments) }
            raw("</tbody>\n")
        }
        raw("</table>\n")
    }

    private mutating func row(_ row: TableRow, cellTag: StaticString, alignments: [Table.Alignment]) {
        raw("<tr>\n")
        for (index, cell) in row.cells.enumerated() {
            raw("<")
            raw(cellTag)
            let alignment: StaticString? = switch index < alignments.count ? alignments[index] : .none {
            case .none: nil
            case .left: "left"
            case .center: "center"
            case .right: "right"
            }
            if let alignment {
                switch options.tableAlignment {
                case .attribute: raw(" align=\"")
                case .style: raw(" style=\"text-align: ")
                }
                raw(alignment)
                raw("\"")
            }
            raw(">")
            inlines(cell.children)
            raw("</")
            raw(cellTag)
            raw(">\n")
        }
        raw("</tr>\n")
    }

    // MARK: - Inlines

    mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .emphasis, .strong, .strikethrough, .link: nested(inline)
            default: leaf(inline)
            }
        }
    }

    /// A container and its content, with an explicit stack of the open containers above the current one.
    private mutating func nested(_ root: Inline) {
        guard var current = open(root) else { return leaf(root) }
        // Scratch storage kept for its capacity.
        var stack = inlineStack
        inlineStack = []
        defer { inlineStack = stack }
        stack.removeAll(keepingCapacity: true)
        while true {
            guard current.next < current.inlines.count else {
                raw(current.end)
                guard let parent = stack.popLast() else { return }
                current = parent
                continue
            }
            let inline = current.inlines[current.next]
            current.next += 1
            if let inner = open(inline) {
                stack.append(current)
                current = inner
            } else {
                leaf(inline)
            }
        }
    }

    /// Writes the start tag of a container and returns its children and end tag; `nil` for other inlines.
    private mutating func open(_ inline: Inline) -> (inlines: [Inline], next: Int, end: StaticString)? {
        switch inline {
        case .emphasis(let node):
            raw("<em>")
            return (node.children, 0, "</em>")
        case .strong(let node):
            raw("<strong>")
            return (node.children, 0, "</strong>")
        case .strikethrough(let node):
            raw("<del>")
            return (node.children, 0, "</del>")
        case .link(let link):
            raw("<a href=\"")
            url(link.destination)
            raw("\"")
            if let title = link.title, !title.isEmpty {
                raw(" title=\"")
                escaped(title)
                raw("\"")
            }
            raw(">")
            return (link.children, 0, "</a>")
        default:
            return nil
        }
    }

    /// An inline without inline children to write (images write theirs as their `alt` text).
    private mutating func leaf(_ inline: Inline) {
        switch inline {
        case .text(let text):
            escaped(text.string)
        case .softBreak:
            raw("\n")
        case .lineBreak:
            raw("<br />\n")
        case .code(let code):
            raw("<code>")
            escaped(code.code)
            raw("</code>")
        case .html(let html):
            if options.unsafeHTML { literal(html.html) } else { raw("<!-- raw HTML omitted -->") }
        case .emphasis, .strong, .strikethrough, .link:
            break // written by `nested(_:)`
        case .image(let image):
            raw("<img src=\"")
            url(image.source)
            raw("\" alt=\"")
            escaped(Self.altText(of: image.children))
            raw("\"")
            if let title = image.title, !title.isEmpty {
                raw(" title=\"")
                escaped(title)
                raw("\"")
            }
            raw(" />")
        case .footnoteReference(let reference):
            footnoteReference(reference)
        }
    }

    /// An image's description as cmark renders it: text, code and raw HTML literals, breaks as spaces.
    static func altText(of inlines: [Inline]) -> String {
        var result = ""
        Inline.forEach(in: inlines) { inline in
            switch inline {
            case .text(let text): result += text.string
            case .code(let code): result += code.code
            case .html(let html): result += html.html
            case .softBreak, .lineBreak: result += " "
            default: break
            }
        }
        return result
    }

    // MARK: - Footnotes (as cmark-gfm renders them)

    private mutating func footnoteReference(_ reference: FootnoteReference) {
        let key = Self.footnoteKey(reference.label)
        if footnoteDefinitions == nil { footnoteDefinitions = Self.footnoteDefinitions(in: document) }
        guard let definition = footnoteDefinitions?[key] else {
            escaped("[^\(reference.label)]")
            return
        }
        let count = (footnoteReferenceCounts[key] ?? 0) + 1
        footnoteReferenceCounts[key] = count
        if count == 1 {
            footnoteOrder.append(key)
            footnoteNumbers[key] = footnoteOrder.count
        }
        let number = footnoteNumbers[key] ?? footnoteOrder.count
        let label = definition.label
        raw("<sup class=\"footnote-ref\"><a href=\"#fn-")
        escaped(label)
        raw("\" id=\"fnref-")
        escaped(label)
        if count > 1 { literal("-\(count)") }
        literal("\" data-footnote-ref>\(number)</a></sup>")
    }

    mutating func footnotes() {
        guard !footnoteOrder.isEmpty else { return }
        cr()
        raw("<section class=\"footnotes\" data-footnotes>\n<ol>\n")
        var index = 0
        // Footnote texts may reference further footnotes, which get appended to the order as they appear.
        while index < footnoteOrder.count {
            let key = footnoteOrder[index]
            index += 1
            guard let definition = footnoteDefinitions?[key] else { continue }
            raw("<li id=\"fn-")
            escaped(definition.label)
            raw("\">\n")
            var children = definition.children
            let backReferences = backReferenceHTML(label: definition.label, count: footnoteReferenceCounts[key] ?? 1)
            if case .paragraph(let paragraph)? = children.last {
                children.removeLast()
                blocks(children, tight: false)
                cr()
                raw("<p>")
                inlines(paragraph.children)
                literal(" " + backReferences + "</p>\n")
            } else {
                blocks(children, tight: false)
                cr()
                literal(backReferences + "\n")
            }
            raw("</li>\n")
        }
        raw("</ol>\n</section>\n")
    }

    private func backReferenceHTML(label: String, count: Int) -> String {
        var escapedLabel = [UInt8]()
        HTMLEscaping.append(escaping: label, to: &escapedLabel)
        let name = String(decoding: escapedLabel, as: UTF8.self)
        var html = ""
        for index in 1...max(1, count) {
            if index > 1 { html += " " }
            let suffix = index > 1 ? "-\(index)" : ""
            html += "<a href=\"#fnref-\(name)\(suffix)\" class=\"footnote-backref\" data-footnote-backref"
                + " data-footnote-backref-idx=\"\(index)\" aria-label=\"Back to reference \(index)\">↩"
                + (index > 1 ? "<sup class=\"footnote-ref\">\(index)</sup>" : "") + "</a>"
        }
        return html
    }
}
