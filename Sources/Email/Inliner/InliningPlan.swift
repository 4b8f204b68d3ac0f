/// Sorts the rules of the stylesheets into those to inline and the CSS to keep in `<style>`, and indexes the
/// inlined selectors so that each element is only tested against those that could match it.
struct InliningPlan: Sendable {
    /// One selector to apply, with its rule's declarations and its place in source order.
    struct InlinedSelector: Sendable {
        var selector: CSSSelector
        var specificity: CSSSpecificity
        var declarations: [CSSDeclaration]
        /// Position of the rule among all rules; later wins at equal specificity.
        var order: Int
    }

    private(set) var inlinedSelectors: [InlinedSelector] = []
    /// `@import` must come first in a stylesheet, so imports are kept apart and written first.
    private var retainedImports: [String] = []
    private var retainedRules: [String] = []
    /// Rules seen so far, across stylesheets: the `order` of the next one.
    private var ruleCount = 0

    /// Selector indices bucketed by the most selective simple selector of their rightmost compound: an id, else
    /// a class, else an element name, else none (`universal`).
    private var selectorsByID: [String: [Int]] = [:]
    private var selectorsByClass: [String: [Int]] = [:]
    private var selectorsByType: [String: [Int]] = [:]
    private var universalSelectors: [Int] = []

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

    /// Appends to `candidates` the indices of the selectors that could match an element with this name, id and
    /// classes; an index may come more than once when the element repeats a class.
    func appendCandidates(name: String, id: String?, classes: [String], to candidates: inout [Int]) {
        candidates += universalSelectors
        if let indices = selectorsByType[name] { candidates += indices }
        for name in classes {
            if let indices = selectorsByClass[name] { candidates += indices }
        }
        if let id, let indices = selectorsByID[id] { candidates += indices }
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
        for (text, selector) in CSSSelectorParser.parseList(rule.selectorText) {
            if let selector, selector.isStatic {
                index(selector, as: inlinedSelectors.count)
                inlinedSelectors.append(
                    InlinedSelector(
                        selector: selector, specificity: selector.specificity, declarations: rule.declarations,
                        order: order))
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

    private mutating func index(_ selector: CSSSelector, as index: Int) {
        let simples = selector.components.last?.compound.simpleSelectors ?? []
        for simple in simples {
            if case .id(let id) = simple { return selectorsByID[id, default: []].append(index) }
        }
        for simple in simples {
            if case .class(let name) = simple { return selectorsByClass[name, default: []].append(index) }
        }
        for simple in simples {
            if case .type(let name) = simple { return selectorsByType[name, default: []].append(index) }
        }
        universalSelectors.append(index)
    }
}
