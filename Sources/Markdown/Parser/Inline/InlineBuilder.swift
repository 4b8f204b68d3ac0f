/// Converts an inline work tree into value-type ``Inline`` nodes: merges adjacent text, finds GFM
/// extended autolinks in text outside links, and flattens containers nested beyond the depth cap.
struct InlineBuilder {
    let tree: InlineWorkTree
    let subject: [UInt8]
    let locator: SourceLocator
    let extensions: Bool
    let maximumDepth: Int

    func build() -> [Inline] {
        children(of: 0, depth: 0, inLink: false)
    }

    private func literal(_ node: InlineWorkNode) -> ArraySlice<UInt8> {
        node.decoded ? tree.decodedBytes[node.literal] : subject[node.literal]
    }

    private func string(_ node: InlineWorkNode) -> String {
        String(decoding: literal(node), as: UTF8.self)
    }

    private func children(of parent: Int, depth: Int, inLink: Bool) -> [Inline] {
        var count = 0
        var child = tree.nodes[parent].first
        while child >= 0 {
            count += 1
            child = tree.nodes[child].next
        }
        var result = [Inline]()
        result.reserveCapacity(count)
        // A run of adjacent text nodes becomes one Text: `runFirst` and `runLast` delimit it.
        var runFirst = -1
        var runLast = -1
        child = tree.nodes[parent].first
        while child >= 0 {
            let node = tree.nodes[child]
            if node.kind == .text {
                if !node.literal.isEmpty {
                    if runFirst < 0 { runFirst = child }
                    runLast = child
                }
            } else {
                if runFirst >= 0 { flushText(from: runFirst, to: runLast, inLink: inLink, into: &result) }
                runFirst = -1
                convert(child, depth: depth, inLink: inLink, into: &result)
            }
            child = node.next
        }
        if runFirst >= 0 { flushText(from: runFirst, to: runLast, inLink: inLink, into: &result) }
        return result
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

    private func convert(_ index: Int, depth: Int, inLink: Bool, into result: inout [Inline]) {
        let node = tree.nodes[index]
        let range = locator.range(node.start, node.end)
        switch node.kind {
        case .text:
            result.append(.text(Text(string(node), range: range)))
        case .softBreak:
            result.append(.softBreak(range))
        case .lineBreak:
            result.append(.lineBreak(range))
        case .code:
            result.append(.code(InlineCode(code: string(node), range: range)))
        case .html:
            result.append(.html(InlineHTML(html: string(node), range: range)))
        case .footnoteReference:
            result.append(.footnoteReference(FootnoteReference(label: tree.targets[node.target].destination, range: range)))
        case .emphasis, .strong, .strikethrough, .link, .autolink, .image:
            guard depth < maximumDepth else {
                result.append(contentsOf: flattenedLeaves(of: index))
                return
            }
            let isLink = node.kind == .link || node.kind == .autolink || node.kind == .image
            let content = children(of: index, depth: depth + 1, inLink: inLink || isLink)
            switch node.kind {
            case .emphasis: result.append(.emphasis(Emphasis(children: content, range: range)))
            case .strong: result.append(.strong(Strong(children: content, range: range)))
            case .strikethrough: result.append(.strikethrough(Strikethrough(children: content, range: range)))
            case .image:
                let target = tree.targets[node.target]
                result.append(.image(Image(source: target.destination, title: target.title, children: content, range: range)))
            default:
                let target = tree.targets[node.target]
                result.append(.link(Link(destination: target.destination, title: target.title, children: content,
                                         kind: node.kind == .autolink ? .autolink : .standard, range: range)))
            }
        }
    }

    /// The leaves under a node too deeply nested to keep its structure, in order (explicit stack).
    private func flattenedLeaves(of root: Int) -> [Inline] {
        var result = [Inline]()
        var stack = [tree.nodes[root].first]
        while let current = stack.popLast() {
            guard current >= 0 else { continue }
            let node = tree.nodes[current]
            stack.append(node.next)
            if node.first >= 0 {
                stack.append(node.first)
            } else if node.kind != .emphasis && node.kind != .strong && node.kind != .strikethrough
                        && node.kind != .link && node.kind != .autolink && node.kind != .image {
                if node.kind == .text && node.literal.isEmpty { continue }
                convert(current, depth: 0, inLink: true, into: &result)
            }
        }
        return result
    }
}
