/// Converts an inline work tree into value-type ``Inline`` nodes: merges adjacent text and finds GFM extended
/// autolinks in text outside links. Containers are converted with an explicit stack, however deep they nest.
struct InlineBuilder {
    let tree: InlineWorkTree
    let subject: [UInt8]
    let locator: SourceLocator
    let extensions: Bool

    /// A container whose children are being converted.
    struct Frame {
        let node: Int
        /// The next child to convert.
        var child: Int
        var result: [Inline]
        let inLink: Bool
        // A run of adjacent text nodes becomes one Text: `runFirst` and `runLast` delimit it.
        var runFirst = -1
        var runLast = -1
    }

    /// The inlines of the tree; `stack` is scratch storage for the containers above the current one, reused
    /// from one leaf block to the next. The current container stays in a local, where appending is cheapest.
    func build(stack: inout [Frame]) -> [Inline] {
        stack.removeAll(keepingCapacity: true)
        var current = frame(for: 0, inLink: false)
        while true {
            let child = current.child
            guard child >= 0 else {
                if current.runFirst >= 0 {
                    flushText(from: current.runFirst, to: current.runLast, inLink: current.inLink, into: &current.result)
                }
                guard !stack.isEmpty else { return current.result }
                let node = container(current.node, children: current.result)
                // Assigned straight from the stack, so that the parent's result has one owner and grows in place.
                current = stack.removeLast()
                current.result.append(node)
                continue
            }
            let node = tree.nodes[child]
            current.child = node.next
            if node.kind == .text {
                if !node.literal.isEmpty {
                    if current.runFirst < 0 { current.runFirst = child }
                    current.runLast = child
                }
                continue
            }
            if current.runFirst >= 0 {
                flushText(from: current.runFirst, to: current.runLast, inLink: current.inLink, into: &current.result)
                current.runFirst = -1
            }
            switch node.kind {
            case .emphasis, .strong, .strikethrough:
                let inner = frame(for: child, inLink: current.inLink)
                stack.append(current)
                current = inner
            case .link, .autolink, .image:
                let inner = frame(for: child, inLink: true)
                stack.append(current)
                current = inner
            default:
                current.result.append(leaf(child))
            }
        }
    }

    private func frame(for parent: Int, inLink: Bool) -> Frame {
        var count = 0
        var child = tree.nodes[parent].first
        while child >= 0 {
            count += 1
            child = tree.nodes[child].next
        }
        var result = [Inline]()
        result.reserveCapacity(count)
        return Frame(node: parent, child: tree.nodes[parent].first, result: result, inLink: inLink)
    }

    private func literal(_ node: InlineWorkNode) -> ArraySlice<UInt8> {
        node.decoded ? tree.decodedBytes[node.literal] : subject[node.literal]
    }

    private func string(_ node: InlineWorkNode) -> String {
        String(decoding: literal(node), as: UTF8.self)
    }

    /// Appends the text of the non-empty text nodes from `first` to `last` (siblings) as one node.
    private func flushText(from first: Int, to last: Int, inLink: Bool, into result: inout [Inline]) {
        let start = tree.nodes[first].start
        let end = tree.nodes[last].end
        if first == last {
            appendText(literal(tree.nodes[first]), start: start, end: end, inLink: inLink, into: &result)
            return
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(end - start)
        var current = first
        while current >= 0 {
            let node = tree.nodes[current]
            bytes.append(contentsOf: literal(node))
            if current == last { break }
            current = node.next
        }
        appendText(bytes[...], start: start, end: end, inLink: inLink, into: &result)
    }

    private func appendText(_ bytes: ArraySlice<UInt8>, start: Int, end: Int, inLink: Bool, into result: inout [Inline]) {
        let matches = extensions && !inLink ? ExtendedAutolinks.find(in: bytes) : []
        guard !matches.isEmpty else {
            result.append(.text(Text(String(decoding: bytes, as: UTF8.self), range: locator.range(start, end))))
            return
        }
        let base = bytes.startIndex
        var cursor = base
        func offset(_ index: Int) -> Int { min(start + index - base, end) }
        for match in matches {
            if match.range.lowerBound > cursor {
                let text = String(decoding: bytes[cursor..<match.range.lowerBound], as: UTF8.self)
                result.append(.text(Text(text, range: locator.range(offset(cursor), offset(match.range.lowerBound)))))
            }
            let range = locator.range(offset(match.range.lowerBound), offset(match.range.upperBound))
            let label = String(decoding: bytes[match.range], as: UTF8.self)
            result.append(.link(Link(destination: match.destination, children: [.text(Text(label, range: range))],
                                     kind: .extendedAutolink, range: range)))
            cursor = match.range.upperBound
        }
        if cursor < bytes.endIndex {
            let text = String(decoding: bytes[cursor...], as: UTF8.self)
            result.append(.text(Text(text, range: locator.range(offset(cursor), end))))
        }
    }

    /// The node of a container, given its converted children.
    private func container(_ index: Int, children: [Inline]) -> Inline {
        let node = tree.nodes[index]
        let range = locator.range(node.start, node.end)
        switch node.kind {
        case .emphasis:
            return .emphasis(Emphasis(children: children, range: range))
        case .strong:
            return .strong(Strong(children: children, range: range))
        case .strikethrough:
            return .strikethrough(Strikethrough(children: children, range: range))
        case .image:
            let target = tree.targets[node.target]
            return .image(Image(source: target.destination, title: target.title, children: children, range: range))
        default:
            let target = tree.targets[node.target]
            return .link(Link(destination: target.destination, title: target.title, children: children,
                              kind: node.kind == .autolink ? .autolink : .standard, range: range))
        }
    }

    /// The node of a leaf (text, break, code span, raw HTML, footnote reference).
    private func leaf(_ index: Int) -> Inline {
        let node = tree.nodes[index]
        let range = locator.range(node.start, node.end)
        switch node.kind {
        case .softBreak:
            return .softBreak(range)
        case .lineBreak:
            return .lineBreak(range)
        case .code:
            return .code(InlineCode(code: string(node), range: range))
        case .html:
            return .html(InlineHTML(html: string(node), range: range))
        case .footnoteReference:
            return .footnoteReference(FootnoteReference(label: tree.targets[node.target].destination, range: range))
        default:
            return .text(Text(string(node), range: range))
        }
    }
}
