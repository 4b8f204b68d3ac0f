/// Assembles laid-out tokens into the node tree, matching each closing tag with its opening tag.
struct TreeBuilder {
    let source: SourceText
    let path: String
    let layout: LineLayout

    /// A section, parent or block being filled.
    private struct OpenTag {
        var tag: Tag
        var isStandalone: Bool
        var line: Int
        var children: [Node] = []
        var blocks: [String: Block] = [:]
    }

    func nodes() throws -> [Node] {
        var root: [Node] = []
        var stack: [OpenTag] = []
        for token in layout.tokens {
            switch token {
            case .text(let text):
                append(.text(text), to: &stack, root: &root)
            case .lineStart(let indentation):
                append(.lineStart(indentation: indentation), to: &stack, root: &root)
            case .tag(let tag, let isStandalone, let line):
                switch tag.kind {
                case .section, .parent, .block:
                    stack.append(OpenTag(tag: tag, isStandalone: isStandalone, line: line))
                case .close:
                    try close(tag, stack: &stack, root: &root)
                case .variable(let escaped):
                    append(.variable(VariablePath(tag.content), escaped: escaped), to: &stack, root: &root)
                case .partial:
                    let reference = PartialReference(
                        tagContent: tag.content, indentation: isStandalone ? layout.indentations[line] : nil,
                        offset: tag.offset)
                    append(.partial(reference), to: &stack, root: &root)
                case .comment, .setDelimiters:
                    break
                }
            }
        }
        if let unclosed = stack.last {
            throw TemplateError.unclosedSection(
                name: unclosed.tag.content, path: path, location: source.location(ofByte: unclosed.tag.offset))
        }
        return root
    }

    /// Adds a node to the innermost open tag. Inside a parent tag only blocks matter: other content is
    /// dropped, as the spec says.
    private func append(_ node: Node, to stack: inout [OpenTag], root: inout [Node]) {
        guard !stack.isEmpty else {
            root.append(node)
            return
        }
        if stack[stack.count - 1].tag.kind == .parent {
            if case .block(let block) = node { stack[stack.count - 1].blocks[block.name] = block }
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    private func close(_ tag: Tag, stack: inout [OpenTag], root: inout [Node]) throws {
        guard let open = stack.popLast() else {
            throw TemplateError.unexpectedClosingTag(
                name: tag.content, path: path, location: source.location(ofByte: tag.offset))
        }
        guard open.tag.content == tag.content else {
            throw TemplateError.mismatchedClosingTag(
                expected: open.tag.content, found: tag.content, path: path,
                location: source.location(ofByte: tag.offset))
        }
        append(node(closing: open), to: &stack, root: &root)
    }

    private func node(closing open: OpenTag) -> Node {
        switch open.tag.kind {
        case .section(let inverted):
            return .section(VariablePath(open.tag.content), inverted: inverted, children: open.children)
        case .parent:
            let reference = PartialReference(
                tagContent: open.tag.content, indentation: open.isStandalone ? layout.indentations[open.line] : nil,
                offset: open.tag.offset)
            return .parent(reference, blocks: open.blocks)
        default:
            return .block(
                Block(
                    name: open.tag.content, indentation: blockIndentation(open), isStandalone: open.isStandalone,
                    children: open.children))
        }
    }

    /// See ``Block/indentation``.
    private func blockIndentation(_ open: OpenTag) -> String {
        let contentLine = open.isStandalone ? open.line + 1 : open.line
        return contentLine < layout.indentations.count ? layout.indentations[contentLine] : ""
    }
}
