/// Sorts the rules of the stylesheets into those to inline and the CSS to keep in `<style>`, and indexes the
/// inlined selectors so that each element is only tested against those that could match it.
struct InliningPlan: Sendable {
    /// One selector to apply, with its rule's declarations and its place in source order.
    struct InlinedSelector: Sendable {
        var specificity: CSSSpecificity
        var declarations: [PlannedDeclaration]
        /// Position of the rule among all rules; later wins at equal specificity.
        var order: Int
    }

    /// A declaration of an inlined rule, with what the cascade and the `style` attribute need of it.
    struct PlannedDeclaration: Sendable {
        var declaration: CSSDeclaration
        /// The atom of the property in `properties`.
        var property: Int
        /// The declaration as the `style` attribute writes it: a sheet's `!important` stays behind.
        var text: [UInt8]
    }

    private(set) var inlinedSelectors: [InlinedSelector] = []
    /// The property names of the inlined declarations.
    private(set) var properties = AtomTable()
    /// The inlined selectors, compiled, at the same indices.
    private(set) var selectors = CompiledSelectors()
    /// The element names, classes and ids of the inlined selectors.
    private(set) var atoms = AtomTable()
    /// `@import` must come first in a stylesheet, so imports are kept apart and written first.
    private var retainedImports: [String] = []
    private var retainedRules: [String] = []
    /// Rules seen so far, across stylesheets: the `order` of the next one.
    private var ruleCount = 0

    /// Selector indices bucketed by the most selective simple selector of their rightmost compound: an id, else
    /// a class, else an element name (each list indexed by atom), else none (`universal`).
    private var selectorsByID: [[Int32]] = []
    private var selectorsByClass: [[Int32]] = []
    private var selectorsByType: [[Int32]] = []
    private var universalSelectors: [Int32] = []

    init(stylesheets: [CSSStyleSheet]) {
        stylesheets.forEach { add($0) }
    }

    /// Adds the rules of a stylesheet that comes after those already planned.
    mutating func add(_ stylesheet: CSSStyleSheet) {
        for item in stylesheet.items {
            switch item {
            case .atRule(let atRule):
                retain(atRule)
            case .rule(let rule):
                plan(rule, order: ruleCount)
                ruleCount += 1
            }
        }
    }

    /// The CSS that could not be inlined, one rule per line.
    var retainedCSS: String {
        (retainedImports + retainedRules).joined(separator: "\n")
    }

    /// Appends to `candidates` the indices of the selectors that could match `element`; an index may come more
    /// than once when the element repeats a class.
    func appendCandidates(for element: ElementTree.Element, in tree: ElementTree, to candidates: inout [Int32]) {
        candidates += universalSelectors
        Self.append(selectorsByType, element.name, to: &candidates)
        for index in element.classes { Self.append(selectorsByClass, tree.classAtoms[Int(index)], to: &candidates) }
        Self.append(selectorsByID, element.id, to: &candidates)
    }

    /// Appends the bucket of `atom`, if any: atoms the document added after the plan have none.
    private static func append(_ buckets: [[Int32]], _ atom: Int32, to candidates: inout [Int32]) {
        if atom >= 0 && Int(atom) < buckets.count { candidates += buckets[Int(atom)] }
    }

    private mutating func retain(_ atRule: CSSAtRule) {
        switch atRule.name {
        case "import": retainedImports.append(atRule.text)
        case "charset": break  // Meaningless inside an HTML document.
        default: retainedRules.append(atRule.text)
        }
    }

    private mutating func plan(_ rule: CSSRule, order: Int) {
        guard !rule.declarations.isEmpty else { return }
        var keptSelectorTexts: [String] = []
        var planned: [PlannedDeclaration] = []
        for (text, selector) in CSSSelectorParser.parseList(rule.selectorText) {
            if let selector, selector.isStatic {
                let index = selectors.append(selector) { atoms.intern($0) }
                bucket(index)
                if planned.isEmpty { planned = rule.declarations.map { plan($0) } }
                inlinedSelectors.append(
                    InlinedSelector(specificity: selector.specificity, declarations: planned, order: order))
            } else if !text.isEmpty {
                keptSelectorTexts.append(text)
            }
        }
        if !keptSelectorTexts.isEmpty {
            retainedRules.append(
                CSSRule(selectorText: keptSelectorTexts.joined(separator: ", "), declarations: rule.declarations)
                    .cssText)
        }
    }

    private mutating func plan(_ declaration: CSSDeclaration) -> PlannedDeclaration {
        var inlined = declaration
        inlined.important = false
        return PlannedDeclaration(
            declaration: declaration, property: Int(properties.intern(declaration.property)),
            text: InlineStyle.text(of: inlined))
    }

    private mutating func bucket(_ index: Int) {
        let tests = selectors.rightmostTests(of: index)
        if let test = tests.first(where: { $0.kind == .id }) {
            Self.add(Int32(index), to: &selectorsByID, at: test.value)
        } else if let test = tests.first(where: { $0.kind == .class }) {
            Self.add(Int32(index), to: &selectorsByClass, at: test.value)
        } else if let test = tests.first(where: { $0.kind == .type }) {
            Self.add(Int32(index), to: &selectorsByType, at: test.value)
        } else {
            universalSelectors.append(Int32(index))
        }
    }

    private static func add(_ index: Int32, to buckets: inout [[Int32]], at atom: Int32) {
        if buckets.count <= Int(atom) { buckets += Array(repeating: [], count: Int(atom) + 1 - buckets.count) }
        buckets[Int(atom)].append(index)
    }
}
