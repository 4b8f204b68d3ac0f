/// Matches selectors against the elements of an `ElementTree`, right to left.
struct CSSSelectorMatcher {
    let tree: ElementTree

    /// Whether `selector` matches the element at `element`; compiles the selector against the tree's atoms.
    func matches(_ selector: CSSSelector, element: Int) -> Bool {
        var compiled = CompiledSelectors()
        let index = compiled.append(selector, atom: tree.atoms.atom)
        return matches(index, of: compiled, element: element)
    }

    /// Whether the selector at `index` of `selectors` (compiled with the tree's atoms) matches `element`.
    func matches(_ index: Int, of selectors: CompiledSelectors, element: Int) -> Bool {
        let components = selectors.selectors[index]
        guard !components.isEmpty, selectors.ancestorNeeds[index].isSubset(of: tree.elements[element].ancestors) else {
            return false
        }
        var failures = Set<Int>()
        return matches(
            selectors, components: Int(components.lowerBound)..<Int(components.upperBound),
            upTo: Int(components.upperBound) - 1, element: element, failures: &failures)
    }

    /// Whether the components up to `index` match, with the one at `index` on `element`.
    /// `failures` remembers (component, element) pairs already refuted, so backtracking over descendant and
    /// sibling combinators stays linear in the number of elements. Recursion depth is bounded by the number of
    /// compounds, which the parser caps.
    private func matches(
        _ selectors: CompiledSelectors, components: Range<Int>, upTo index: Int, element: Int,
        failures: inout Set<Int>
    ) -> Bool {
        let component = selectors.components[index]
        guard matches(component.tests, of: selectors, element: element) else { return false }
        guard index > components.lowerBound else { return true }
        // The outermost call is never repeated, so only inner ones are remembered (saving an allocation per
        // failed match, the common case).
        let isInner = index < components.upperBound - 1
        let key = index * tree.elements.count + element
        if isInner && failures.contains(key) { return false }
        let combinator = component.combinator
        var candidate = next(after: element, for: combinator)
        while let current = candidate {
            if matches(selectors, components: components, upTo: index - 1, element: current, failures: &failures) {
                return true
            }
            candidate = combinator == .descendant || combinator == .subsequentSibling
                ? next(after: current, for: combinator) : nil
        }
        if isInner { failures.insert(key) }
        return false
    }

    private func next(after element: Int, for combinator: CompiledSelectors.Combinator) -> Int? {
        let related = switch combinator {
        case .descendant, .child: tree.elements[element].parent
        case .nextSibling, .subsequentSibling: tree.elements[element].previousSibling
        case .none: Int32(-1)
        }
        return related >= 0 ? Int(related) : nil
    }

    /// Whether every test of a compound holds for the element.
    private func matches(_ tests: Range<Int32>, of selectors: CompiledSelectors, element index: Int) -> Bool {
        let element = tree.elements[index]
        for position in Int(tests.lowerBound)..<Int(tests.upperBound) {
            let test = selectors.tests[position]
            let holds = switch test.kind {
            case .type: element.name == test.value
            case .id: element.id == test.value
            case .class: hasClass(test.value, element)
            case .attribute: matches(selectors.attributes[Int(test.value)], element: element)
            case .firstChild: element.position == 1
            case .lastChild: element.position == element.siblingCount
            case .onlyChild: element.siblingCount == 1
            case .nthChild: selectors.expressions[Int(test.value)].matches(position: Int(element.position))
            case .nthLastChild:
                selectors.expressions[Int(test.value)].matches(
                    position: Int(element.siblingCount - element.position + 1))
            case .not: !selectors.negations[Int(test.value)].contains { matches($0, of: selectors, element: index) }
            case .never: false
            }
            if !holds { return false }
        }
        return true
    }

    private func hasClass(_ atom: Int32, _ element: ElementTree.Element) -> Bool {
        for index in element.classes where tree.classAtoms[Int(index)] == atom { return true }
        return false
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
