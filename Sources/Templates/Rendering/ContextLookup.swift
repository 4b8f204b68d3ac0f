extension VariablePath {
    /// Resolves the name as the spec says: the first component is looked up from the innermost context
    /// outwards, the following ones only inside the value found. Misses give `.null`.
    func resolve(in contextStack: [TemplateValue]) -> TemplateValue {
        guard let first = components.first else { return contextStack.last ?? .null }
        // A plain loop from the innermost context out: every tag of every page resolves a name.
        var index = contextStack.count - 1
        while index >= 0, contextStack[index][first] == nil { index -= 1 }
        guard index >= 0, var value = contextStack[index][first] else { return .null }
        for component in components.dropFirst() {
            guard let member = value[component] else { return .null }
            value = member
        }
        return value
    }
}
