/// Matches selectors against the elements of an `ElementTree`, right to left.
struct CSSSelectorMatcher {
    let tree: ElementTree

    func matches(_ selector: CSSSelector, element: Int) -> Bool {
        guard let last = selector.components.indices.last else { return false }
        var failures = Set<Int>()
        return matches(selector.components, upTo: last, element: element, failures: &failures)
    }

    /// Whether `components[0...index]` match with `components[index]` on `element`.
    /// `failures` remembers (component, element) pairs already refuted, so backtracking over descendant and
    /// sibling combinators stays linear in the number of elements. Recursion depth is bounded by the number of
    /// compounds, which the parser caps.
    private func matches(
        _ components: [CSSSelector.Component], upTo index: Int, element: Int, failures: inout Set<Int>
    ) -> Bool {
        guard matches(components[index].compound, element: element) else { return false }
        guard index > 0, let combinator = components[index].combinator else { return true }
        // The outermost call is never repeated, so only inner ones are remembered (saving an allocation per
        // failed match, the common case).
        let isInner = index < components.count - 1
        let key = index * tree.elements.count + element
        if isInner && failures.contains(key) { return false }
        var candidate = next(after: element, for: combinator)
        while let current = candidate {
            if matches(components, upTo: index - 1, element: current, failures: &failures) { return true }
            candidate = combinator == .descendant || combinator == .subsequentSibling
                ? next(after: current, for: combinator) : nil
        }
        if isInner { failures.insert(key) }
        return false
    }

    private func next(after element: Int, for combinator: CSSCombinator) -> Int? {
        switch combinator {
        case .descendant, .child: tree.elements[element].parent
        case .nextSibling, .subsequentSibling: tree.elements[element].previousSibling
        }
    }

    func matches(_ compound: CSSCompoundSelector, element index: Int) -> Bool {
        let element = tree.elements[index]
        return compound.simpleSelectors.allSatisfy { matches($0, element: element, index: index) }
    }

    private func matches(_ simple: CSSSimpleSelector, element: ElementTree.Element, index: Int) -> Bool {
        switch simple {
        case .universal: true
        case .type(let name): element.name == name
        case .id(let id): element.id == id
        case .class(let name): element.classes.contains(name)
        case .attribute(let attribute): matches(attribute, element: element)
        case .pseudoClass(let pseudoClass): matches(pseudoClass, element: element, index: index)
        case .pseudoElement: false
        }
    }

    private func matches(_ pseudoClass: CSSPseudoClass, element: ElementTree.Element, index: Int) -> Bool {
        switch pseudoClass {
        case .firstChild: element.position == 1
        case .lastChild: element.position == element.siblingCount
        case .onlyChild: element.siblingCount == 1
        case .nthChild(let expression): expression.matches(position: element.position)
        case .nthLastChild(let expression): expression.matches(position: element.siblingCount - element.position + 1)
        case .not(let compounds): !compounds.contains { matches($0, element: index) }
        case .dynamic: false
        }
    }

    private func matches(_ selector: CSSAttributeSelector, element: ElementTree.Element) -> Bool {
        guard let rawValue = element.attribute(selector.name) else { return false }
        guard let comparison = selector.comparison else { return true }
        let value = selector.ignoresCase ? rawValue.lowercased() : rawValue
        func operand(_ text: String) -> String { selector.ignoresCase ? text.lowercased() : text }
        switch comparison {
        case .equals(let text):
            return value == operand(text)
        case .containsWord(let text):
            let word = operand(text)
            guard !word.isEmpty, !word.contains(where: \.isWhitespace) else { return false }
            return value.split(whereSeparator: \.isWhitespace).contains { $0 == word }
        case .languagePrefix(let text):
            let prefix = operand(text)
            return value == prefix || value.hasPrefix(prefix + "-")
        case .hasPrefix(let text):
            return !text.isEmpty && value.hasPrefix(operand(text))
        case .hasSuffix(let text):
            return !text.isEmpty && value.hasSuffix(operand(text))
        case .contains(let text):
            return !text.isEmpty && value.contains(operand(text))
        }
    }
}
