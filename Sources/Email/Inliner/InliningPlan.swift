/// Sorts the rules of the stylesheets into those to inline and the CSS to keep in `<style>`.
struct InliningPlan {
    /// One selector to apply, with its rule's declarations and its place in source order.
    struct InlinedSelector {
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

    init(stylesheets: [CSSStyleSheet]) {
        var order = 0
        for item in stylesheets.flatMap(\.items) {
            switch item {
            case .atRule(let atRule):
                retain(atRule)
            case .rule(let rule):
                plan(rule, order: order)
                order += 1
            }
        }
    }

    /// The CSS that could not be inlined, one rule per line.
    var retainedCSS: String {
        (retainedImports + retainedRules).joined(separator: "\n")
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
}
