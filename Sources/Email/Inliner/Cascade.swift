/// Computes each element's declarations from the inlinable rules and its own `style` attribute.
struct Cascade {
    /// Where a declaration comes from; at equal importance an inline declaration beats any sheet rule.
    private struct Precedence: Comparable {
        var important: Bool
        var inline: Bool
        var specificity: CSSSpecificity
        var order: Int
        var position: Int

        static func < (lhs: Precedence, rhs: Precedence) -> Bool {
            if lhs.important != rhs.important { return !lhs.important }
            if lhs.inline != rhs.inline { return !lhs.inline }
            if lhs.specificity != rhs.specificity { return lhs.specificity < rhs.specificity }
            return (lhs.order, lhs.position) < (rhs.order, rhs.position)
        }
    }

    /// Elements that are never rendered, or live in `<head>`: no point in styling them.
    private static let unrenderedElements: Set<String> = [
        "head", "title", "meta", "link", "style", "script", "base", "noscript", "template",
    ]

    private let tree: ElementTree
    private let matcher: CSSSelectorMatcher
    private let selectors: [InliningPlan.InlinedSelector]
    /// Selector indices bucketed by the most selective simple selector of their rightmost compound, so an
    /// element is only tested against selectors that could match it.
    private var buckets: [String: [Int]] = [:]

    init(tree: ElementTree, plan: InliningPlan) {
        self.tree = tree
        self.matcher = CSSSelectorMatcher(tree: tree)
        self.selectors = plan.inlinedSelectors
        for (index, inlined) in selectors.enumerated() {
            buckets[Self.bucketKey(inlined.selector), default: []].append(index)
        }
    }

    private static func bucketKey(_ selector: CSSSelector) -> String {
        let simples = selector.components.last?.compound.simpleSelectors ?? []
        for simple in simples { if case .id(let id) = simple { return "#" + id } }
        for simple in simples { if case .class(let name) = simple { return "." + name } }
        for simple in simples { if case .type(let name) = simple { return name } }
        return "*"
    }

    private func candidateSelectors(for element: ElementTree.Element) -> [Int] {
        var keys = ["*", element.name] + element.classes.map { "." + $0 }
        if let id = element.id { keys.append("#" + id) }
        return Set(keys).flatMap { buckets[$0] ?? [] }
    }

    /// Whether the element at `index` is rendered (not in `<head>`, not a script or style…).
    func isRendered(_ index: Int) -> Bool {
        var current: Int? = index
        while let element = current {
            if Self.unrenderedElements.contains(tree.elements[element].name) { return false }
            current = tree.elements[element].parent
        }
        return true
    }

    /// The winning declaration of every property, ordered from lowest to highest precedence, so that a later
    /// shorthand or longhand in the `style` attribute still wins exactly where it won in the cascade.
    func computedDeclarations(for index: Int, inline: [CSSDeclaration]) -> [CSSDeclaration] {
        var winners: [String: (declaration: CSSDeclaration, precedence: Precedence)] = [:]
        func offer(_ declaration: CSSDeclaration, _ precedence: Precedence) {
            if let current = winners[declaration.property], precedence < current.precedence { return }
            winners[declaration.property] = (declaration, precedence)
        }
        for selectorIndex in candidateSelectors(for: tree.elements[index]) {
            let inlined = selectors[selectorIndex]
            guard matcher.matches(inlined.selector, element: index) else { continue }
            for (position, declaration) in inlined.declarations.enumerated() {
                offer(
                    declaration,
                    Precedence(
                        important: declaration.important, inline: false, specificity: inlined.specificity,
                        order: inlined.order, position: position))
            }
        }
        for (position, declaration) in inline.enumerated() {
            offer(
                declaration,
                Precedence(
                    important: declaration.important, inline: true, specificity: .zero, order: 0,
                    position: position))
        }
        return winners.values.sorted { $0.precedence < $1.precedence }.map { winner in
            // The sheet's `!important` has done its work in the cascade; kept inline it would also beat the
            // `@media` overrides left in `<style>`. An author's own inline `!important` is kept.
            var declaration = winner.declaration
            declaration.important = winner.precedence.important && winner.precedence.inline
            return declaration
        }
    }
}
