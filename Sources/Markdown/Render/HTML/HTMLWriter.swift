/// The state of one HTML rendering: the output bytes, heading slugs and footnote numbering.
struct HTMLWriter {
    let options: MarkdownOptions
    var output: [UInt8] = []
    var slugger = Slugger()
    let document: Document
    /// Footnote definitions by normalized label, collected at the first footnote reference.
    var footnoteDefinitions: [String: FootnoteDefinition]?
    /// Referenced footnotes in order of first reference, with their reference counts.
    var footnoteOrder: [String] = []
    var footnoteReferenceCounts: [String: Int] = [:]

    init(options: MarkdownOptions, document: Document, expectedSize: Int = 4096) {
        self.options = options
        self.document = document
        output.reserveCapacity(expectedSize)
    }

    static func footnoteDefinitions(in document: Document) -> [String: FootnoteDefinition] {
        var definitions = [String: FootnoteDefinition]()
        for block in document.allBlocks {
            if case .footnoteDefinition(let definition) = block {
                let key = footnoteKey(definition.label)
                if definitions[key] == nil { definitions[key] = definition }
            }
        }
        return definitions
    }

    static func footnoteKey(_ label: String) -> String {
        let bytes = Array(label.utf8)
        return LinkScanner.normalizeLabel(bytes, 0..<bytes.count)
    }

    // MARK: - Output helpers

    mutating func literal(_ text: String) { output.append(contentsOf: text.utf8) }

    mutating func escaped(_ text: String) { HTMLEscaping.append(escaping: text, to: &output) }

    /// A newline unless the output is empty or already ends with one.
    mutating func cr() {
        if let last = output.last, last != ByteClass.newline { output.append(ByteClass.newline) }
    }

    mutating func url(_ url: String) {
        if options.unsafeHTML || !HTMLEscaping.isUnsafe(url) { escaped(url) }
    }

    // MARK: - Blocks

    mutating func blocks(_ blocks: [Block], tight: Bool) {
        for block in blocks { self.block(block, tight: tight) }
    }

    mutating func block(_ block: Block, tight: Bool) {
        switch block {
        case .paragraph(let paragraph):
            if tight {
                inlines(paragraph.children)
            } else {
                cr()
                literal("<p>")
                inlines(paragraph.children)
                literal("</p>")
                cr()
            }
        case .heading(let heading):
            cr()
            literal("<h\(heading.level)")
            if options.headingIDs {
                literal(" id=\"")
                escaped(slugger.slug(for: Inline.plainText(of: heading.children)))
                literal("\"")
            }
            literal(">")
            inlines(heading.children)
            literal("</h\(heading.level)>")
            cr()
        case .thematicBreak:
            cr()
            literal("<hr />")
            cr()
        case .blockQuote(let quote):
            cr()
            literal("<blockquote>")
            cr()
            blocks(quote.children, tight: false)
            cr()
            literal("</blockquote>")
            cr()
        case .list(let list):
            self.list(list)
        case .codeBlock(let code):
            cr()
            literal("<pre><code")
            if let language = code.language {
                literal(" class=\"language-")
                escaped(language)
                literal("\"")
            }
            literal(">")
            escaped(code.code)
            literal("</code></pre>")
            cr()
        case .htmlBlock(let html):
            cr()
            literal(options.unsafeHTML ? html.html : "<!-- raw HTML omitted -->")
            cr()
        case .table(let table):
            self.table(table)
        case .footnoteDefinition:
            break // rendered in the footnotes section
        }
    }

    private mutating func list(_ list: List) {
        cr()
        switch list.kind {
        case .bullet:
            literal("<ul>")
        case .ordered(let start, _):
            literal(start == 1 ? "<ol>" : "<ol start=\"\(start)\">")
        }
        cr()
        for item in list.items {
            literal("<li>")
            if let checkbox = item.checkbox {
                literal(checkbox == .checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> "
                                             : "<input type=\"checkbox\" disabled=\"\" /> ")
            }
            blocks(item.children, tight: list.isTight)
            literal("</li>")
            cr()
        }
        if case .bullet = list.kind { literal("</ul>") } else { literal("</ol>") }
        cr()
    }

    private mutating func table(_ table: Table) {
        cr()
        literal("<table>\n<thead>\n")
        row(table.head, cellTag: "th", alignments: table.alignments)
        literal("</thead>\n")
        if !table.body.isEmpty {
            literal("<tbody>\n")
            for row in table.body { self.row(row, cellTag: "td", alignments: table.alignments) }
            literal("</tbody>\n")
        }
        literal("</table>\n")
    }

    private mutating func row(_ row: TableRow, cellTag: String, alignments: [Table.Alignment]) {
        literal("<tr>\n")
        for (index, cell) in row.cells.enumerated() {
            literal("<\(cellTag)")
            switch index < alignments.count ? alignments[index] : .none {
            case .none: break
            case .left: literal(" align=\"left\"")
            case .center: literal(" align=\"center\"")
            case .right: literal(" align=\"right\"")
            }
            literal(">")
            inlines(cell.children)
            literal("</\(cellTag)>\n")
        }
        literal("</tr>\n")
    }

    // MARK: - Inlines

    mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines { self.inline(inline) }
    }

    mutating func inline(_ inline: Inline) {
        switch inline {
        case .text(let text):
            escaped(text.string)
        case .softBreak:
            literal("\n")
        case .lineBreak:
            literal("<br />\n")
        case .code(let code):
            literal("<code>")
            escaped(code.code)
            literal("</code>")
        case .html(let html):
            literal(options.unsafeHTML ? html.html : "<!-- raw HTML omitted -->")
        case .emphasis(let node):
            literal("<em>")
            inlines(node.children)
            literal("</em>")
        case .strong(let node):
            literal("<strong>")
            inlines(node.children)
            literal("</strong>")
        case .strikethrough(let node):
            literal("<del>")
            inlines(node.children)
            literal("</del>")
        case .link(let link):
            literal("<a href=\"")
            url(link.destination)
            literal("\"")
            if let title = link.title, !title.isEmpty {
                literal(" title=\"")
                escaped(title)
                literal("\"")
            }
            literal(">")
            inlines(link.children)
            literal("</a>")
        case .image(let image):
            literal("<img src=\"")
            url(image.source)
            literal("\" alt=\"")
            escaped(Inline.plainText(of: image.children, lineBreak: "\n"))
            literal("\"")
            if let title = image.title, !title.isEmpty {
                literal(" title=\"")
                escaped(title)
                literal("\"")
            }
            literal(" />")
        case .footnoteReference(let reference):
            footnoteReference(reference)
        }
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
        if count == 1 { footnoteOrder.append(key) }
        let number = (footnoteOrder.firstIndex(of: key) ?? 0) + 1
        let label = definition.label
        literal("<sup class=\"footnote-ref\"><a href=\"#fn-")
        escaped(label)
        literal("\" id=\"fnref-")
        escaped(label)
        if count > 1 { literal("-\(count)") }
        literal("\" data-footnote-ref>\(number)</a></sup>")
    }

    mutating func footnotes() {
        guard !footnoteOrder.isEmpty else { return }
        cr()
        literal("<section class=\"footnotes\" data-footnotes>\n<ol>\n")
        var index = 0
        // Footnote texts may reference further footnotes, which get appended to the order as they appear.
        while index < footnoteOrder.count {
            let key = footnoteOrder[index]
            index += 1
            guard let definition = footnoteDefinitions?[key] else { continue }
            literal("<li id=\"fn-")
            escaped(definition.label)
            literal("\">\n")
            var children = definition.children
            let backReferences = backReferenceHTML(label: definition.label, count: footnoteReferenceCounts[key] ?? 1)
            if case .paragraph(let paragraph)? = children.last {
                children.removeLast()
                blocks(children, tight: false)
                cr()
                literal("<p>")
                inlines(paragraph.children)
                literal(" " + backReferences + "</p>\n")
            } else {
                blocks(children, tight: false)
                cr()
                literal(backReferences + "\n")
            }
            literal("</li>\n")
        }
        literal("</ol>\n</section>\n")
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
