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
    private static let unrenderedElements = [
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
        var isUnrenderedName = [Bool](repeating: false, count: tree.atoms.count)
        for name in Self.unrenderedElements {
            let atom = tree.atoms.atom(name)
            if atom >= 0 { isUnrenderedName[Int(atom)] = true }
        }
        // Parents come before their children in document order, so one pass settles every element.
        var rendered: [Bool] = []
        rendered.reserveCapacity(tree.elements.count)
        for element in tree.elements {
            let parentRendered = element.parent < 0 || rendered[Int(element.parent)]
            rendered.append(parentRendered && !isUnrenderedName[Int(element.name)])
        }
        self.rendered = rendered
    }

    /// Whether the element at `index` is rendered (not in `<head>`, not a script or style…).
    func isRendered(_ index: Int) -> Bool {
        rendered[index]
    }

    /// Puts in `matching` the indices of the inlined selectors that match the element, ascending and without
    /// repeats: elements that match the same selectors get the same styles. `candidates` is scratch space.
    func matchingSelectors(_ index: Int, candidates: inout [Int32], matching: inout [Int32]) {
        candidates.removeAll(keepingCapacity: true)
        matching.removeAll(keepingCapacity: true)
        plan.appendCandidates(for: tree.elements[index], in: tree, to: &candidates)
        for candidate in candidates where matcher.matches(Int(candidate), of: plan.selectors, element: index) {
            matching.append(candidate)
        }
        guard matching.count > 1 else { return }
        matching.sort()
        var kept = 1
        for position in 1..<matching.count where matching[position] != matching[kept - 1] {
            matching[kept] = matching[position]
            kept += 1
        }
        matching.removeLast(matching.count - kept)
    }

    /// A declaration that won the cascade for its property, with its text for the `style` attribute.
    struct Winner {
        /// `important` only for an author's own inline `!important`: the sheet's has done its work in the cascade,
        /// and kept inline it would also beat the `@media` overrides left in `<style>`.
        var declaration: CSSDeclaration
        /// `property:value`, as `InlineStyle.text(of:)` writes it.
        var text: [UInt8]
    }

    /// The winning declaration of every property among the matching selectors and the `style` attribute, ordered
    /// from lowest to highest precedence, so that a later shorthand or longhand in the `style` attribute still
    /// wins exactly where it won in the cascade.
    func computedDeclarations(matching selectors: [Int32], inline: [CSSDeclaration]) -> [Winner] {
        /// A declaration offered to the cascade: `selector` is `-1` for the `style` attribute.
        struct Offer {
            var precedence: Precedence
            var selector: Int32
            var position: Int
        }
        var offers: [Offer] = []
        // Properties are numbered by the plan; those only the `style` attribute has get numbers after them.
        var slots = [Int32](repeating: -1, count: plan.properties.count + inline.count)
        var inlineProperties: [String: Int] = [:]
        func offer(_ offer: Offer, property: Int) {
            let slot = Int(slots[property])
            if slot >= 0 {
                if offer.precedence < offers[slot].precedence { return }
                offers[slot] = offer
            } else {
                slots[property] = Int32(offers.count)
                offers.append(offer)
            }
        }
        for selectorIndex in selectors {
            let inlined = plan.inlinedSelectors[Int(selectorIndex)]
            for (position, planned) in inlined.declarations.enumerated() {
                let precedence = Precedence(
                    important: planned.declaration.important, inline: false, specificity: inlined.specificity,
                    order: inlined.order, position: position)
                let offered = Offer(precedence: precedence, selector: selectorIndex, position: position)
                offer(offered, property: planned.property)
            }
        }
        for (position, declaration) in inline.enumerated() {
            var property = Int(plan.properties.atom(declaration.property))
            if property < 0 {
                property = inlineProperties[declaration.property, default: plan.properties.count + inlineProperties.count]
                inlineProperties[declaration.property] = property
            }
            let precedence = Precedence(
                important: declaration.important, inline: true, specificity: .zero, order: 0, position: position)
            offer(Offer(precedence: precedence, selector: -1, position: position), property: property)
        }
        return offers.sorted { $0.precedence < $1.precedence }.map { offer in
            guard offer.selector >= 0 else {
                let declaration = inline[offer.position]
                return Winner(declaration: declaration, text: InlineStyle.text(of: declaration))
            }
            let planned = plan.inlinedSelectors[Int(offer.selector)].declarations[offer.position]
            var declaration = planned.declaration
            declaration.important = false
            return Winner(declaration: declaration, text: planned.text)
        }
    }
}
