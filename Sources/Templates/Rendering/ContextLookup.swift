extension VariablePath {
    /// Resolves the name as the spec says: the first component is looked up from the innermost context
    /// outwards, the following ones only inside the value found. Misses give `.null`. Deferred values met on the
    /// way are made, and their dependencies recorded in `state`.
    func resolve(in state: inout RenderState) -> TemplateValue {
        let contextStack = state.contextStack
        guard let first = components.first else { return state.made(contextStack.last ?? .null) }
        // A plain loop from the innermost context out, one lookup per context: every tag of every page resolves a
        // name.
        var found: TemplateValue?
        for context in contextStack.reversed() {
            found = context[first]
            if found != nil { break }
        }
        guard let found else { return .null }
        var value = state.made(found)
        for component in components.dropFirst() {
            guard let member = value[component] else { return .null }
            value = state.made(member)
        }
        return value
    }
}

extension RenderState {
    /// `value`, made when it is deferred, its dependency recorded. Contexts are pushed made, so that looking a
    /// name up in them reads no deferred value unrecorded.
    mutating func made(_ value: TemplateValue) -> TemplateValue {
        guard case .deferred(let deferred) = value else { return value }
        dependencies.insert(deferred.dependency)
        return made(deferred.value)
    }
}
