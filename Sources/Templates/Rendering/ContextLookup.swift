extension VariablePath {
    /// Resolves the name as the spec says: the first component is looked up from the innermost context
    /// outwards, the following ones only inside the value found. Misses give `.null`.
    func resolve(in contextStack: [TemplateValue]) -> TemplateValue {
        guard let first = components.first else { return contextStack.last ?? .null }
        guard var value = contextStack.reversed().lazy.compactMap({ $0[first] }).first else { return .null }
        for component in components.dropFirst() {
            guard let member = value[component] else { return .null }
            value = member
        }
        return value
    }
}
