/// Walks compiled node trees, loading partials and parents through the engine.
struct Renderer {
    let engine: TemplateEngine

    func render(_ nodes: [Node], of template: CompiledTemplate, state: inout RenderState) throws {
        for node in nodes {
            switch node {
            case .text(let text):
                state.output += text
                state.pendingInlineStart = nil
            case .lineStart(let indentation):
                writeLineStart(indentation, state: &state)
            case .variable(let path, let escaped):
                let text = path.resolve(in: &state).interpolatedText
                (escaped ? engine.escaping : .none).append(text, to: &state.output)
                state.pendingInlineStart = nil
            case .section(let path, let inverted, let children):
                try renderSection(path, inverted: inverted, children: children, of: template, state: &state)
            case .partial(let reference):
                try include(reference, blocks: [:], from: template, state: &state)
            case .parent(let reference, let blocks):
                let overrides = blocks.mapValues { BlockOverride(block: $0, template: template) }
                try include(reference, blocks: overrides, from: template, state: &state)
            case .block(let block):
                try renderBlock(block, of: template, state: &state)
            }
        }
    }

    private func writeLineStart(_ indentation: String, state: inout RenderState) {
        if let removed = state.pendingInlineStart {
            state.output += IndentationStep.removing(removed, from: indentation)
            state.pendingInlineStart = nil
        } else {
            state.output += state.indentationSteps.reversed().reduce(indentation) { $1.apply(to: $0) }
        }
    }

    private func renderSection(
        _ path: VariablePath, inverted: Bool, children: [Node], of template: CompiledTemplate,
        state: inout RenderState
    ) throws {
        let value = path.resolve(in: &state)
        if inverted {
            if !value.isTruthy { try render(children, of: template, state: &state) }
            return
        }
        guard value.isTruthy else { return }
        let items: [TemplateValue]
        if case .array(let elements) = value { items = elements } else { items = [value] }
        for item in items {
            state.contextStack.append(state.made(item))
            defer { state.contextStack.removeLast() }
            try render(children, of: template, state: &state)
        }
    }

    /// Renders a partial (no blocks) or a parent (with its blocks): the outermost override of a block wins,
    /// so blocks given here only fill parameters no enclosing parent tag already overrides.
    private func include(
        _ reference: PartialReference, blocks: [String: BlockOverride], from template: CompiledTemplate,
        state: inout RenderState
    ) throws {
        guard let name = templateName(of: reference, state: &state) else { return }
        guard state.depth < TemplateEngine.maximumPartialDepth else {
            throw TemplateError.partialRecursionTooDeep(
                name: name, depth: TemplateEngine.maximumPartialDepth, path: template.path,
                location: template.location(ofByte: reference.offset))
        }
        guard let included = try engine.compiledTemplate(named: name) else {
            guard engine.missingPartials == .error else { return }
            throw TemplateError.missingPartial(
                name: name, path: template.path, location: template.location(ofByte: reference.offset))
        }
        let saved = (state.overrides, state.indentationSteps)
        defer {
            (state.overrides, state.indentationSteps) = saved
            state.depth -= 1
            state.pendingInlineStart = nil
        }
        state.depth += 1
        state.overrides.merge(blocks) { outer, _ in outer }
        if let indentation = reference.indentation {
            state.indentationSteps.append(IndentationStep(removed: "", added: indentation))
        } else {
            state.pendingInlineStart = ""
        }
        try render(included.nodes, of: included, state: &state)
    }

    /// The fixed name, or the dynamic name's value when it is a string (anything else renders nothing).
    private func templateName(of reference: PartialReference, state: inout RenderState) -> String? {
        switch reference.name {
        case .fixed(let name):
            return name
        case .dynamic(let path):
            guard case .string(let name) = path.resolve(in: &state) else { return nil }
            return name
        }
    }

    /// Renders the overriding block if an enclosing parent tag gave one, re-indented to this block's
    /// indentation, and the default content otherwise.
    private func renderBlock(_ block: Block, of template: CompiledTemplate, state: inout RenderState) throws {
        guard let override = state.overrides[block.name] else {
            try render(block.children, of: template, state: &state)
            return
        }
        let saved = (state.overrides, state.indentationSteps)
        defer {
            (state.overrides, state.indentationSteps) = saved
            state.pendingInlineStart = nil
        }
        // The override's own content may hold a block of the same name: that one is a plain parameter.
        state.overrides[block.name] = nil
        state.indentationSteps.append(IndentationStep(removed: override.block.indentation, added: block.indentation))
        if !block.isStandalone { state.pendingInlineStart = override.block.indentation }
        try render(override.block.children, of: override.template, state: &state)
    }
}
