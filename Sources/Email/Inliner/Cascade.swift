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
    private let plan: InliningPlan
    /// Whether each element is rendered: neither it nor an ancestor is in `unrenderedElements`.
    private let rendered: [Bool]

    init(tree: ElementTree, plan: InliningPlan) {
        self.tree = tree
        self.matcher = CSSSelectorMatcher(tree: tree)
        self.plan = plan
        // Parents come before their children in document order, so one pass settles every element.
        var rendered: [Bool] = []
        rendered.reserveCapacity(tree.elements.count)
        for element in tree.elements {
            let parentRendered = element.parent.map { rendered[$0] } ?? true
            rendered.append(parentRendered && !Self.unrenderedElements.contains(element.name))
        }
        self.rendered = rendered
    }

    /// Whether the element at `index` is rendered (not in `<head>`, not a script or style…).
    func isRendered(_ index: Int) -> Bool {
        rendered[index]
    }

    /// The indices of the inlined selectors that match the element, ascending and without repeats: elements
    /// that match the same selectors get the same styles.
    func matchingSelectors(_ index: Int) -> [Int] {
        let element = tree.elements[index]
        var candidates: [Int] = []
        plan.appendCandidates(name: element.name, id: element.id, classes: element.classes, to: &candidates)
        candidates.sort()
        var matching: [Int] = []
        var previous = -1
        for candidate in candidates where candidate != previous {
            previous = candidate
            if matcher.matches(plan.inlinedSelectors[candidate].selector, element: index) { matching.append(candidate) }
        }
        return matching
    }

    /// The winning declaration of every property among the matching selectors and the `style` attribute, ordered
    /// from lowest to highest precedence, so that a later shorthand or longhand in the `style` attribute still
    /// wins exactly where it won in the cascade.
    func computedDeclarations(matching selectors: [Int], inline: [CSSDeclaration]) -> [CSSDeclaration] {
        var winners: [String: (declaration: CSSDeclaration, precedence: Precedence)] = [:]
        func offer(_ declaration: CSSDeclaration, _ precedence: Precedence) {
            if let current = winners[declaration.property], precedence < current.precedence { return }
            winners[declaration.property] = (declaration, precedence)
        }
        for selectorIndex in selectors {
            let inlined = plan.inlinedSelectors[selectorIndex]
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
