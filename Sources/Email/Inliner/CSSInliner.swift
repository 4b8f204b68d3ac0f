import Foundation

/// Inlines a document's CSS into `style` attributes, the way email clients need it.
///
/// The `<style>` blocks (plus `Options.extraCSS`) are parsed; every rule whose selectors can be decided
/// statically is applied with the browser cascade (importance, origin, specificity, order; an existing `style`
/// attribute beats normal sheet rules, an `!important` sheet rule beats a normal inline declaration). The inlined
/// `<style>` blocks are removed and whatever cannot be inlined (at-rules such as `@media` and `@font-face`,
/// `:hover` and other dynamic selectors, selectors this parser does not know) goes into one `<style>` in `<head>`.
/// A `<style data-inline="false">` block is left untouched. Comments, including Outlook conditional comments,
/// are kept as they are.
public struct CSSInliner: Sendable {
    /// What to inline and what to derive.
    public struct Options: Sendable, Hashable {
        /// CSS applied before the document's own `<style>` blocks (like a linked stylesheet).
        public var extraCSS: String
        /// Whether to add `width`, `height`, `align`, `valign` and `bgcolor` attributes derived from the CSS.
        public var addsPresentationalAttributes: Bool

        public init(extraCSS: String = "", addsPresentationalAttributes: Bool = true) {
            self.extraCSS = extraCSS
            self.addsPresentationalAttributes = addsPresentationalAttributes
        }
    }

    public var options: Options {
        didSet {
            if options.extraCSS != oldValue.extraCSS { extraPlan = Self.plan(extraCSS: options.extraCSS) }
        }
    }

    /// `options.extraCSS` parsed and planned once, when the options are set: an inliner made once can then
    /// inline any number of emails, from several threads at once, without parsing that CSS again.
    private var extraPlan: InliningPlan

    public init(options: Options = Options()) {
        self.options = options
        self.extraPlan = Self.plan(extraCSS: options.extraCSS)
    }

    private static func plan(extraCSS: String) -> InliningPlan {
        InliningPlan(stylesheets: [CSSStyleSheet(parsing: extraCSS)])
    }

    /// Inlines the CSS of `html` and returns the document serialised as HTML5.
    public func inline(_ html: String) throws(EmailHTMLError) -> CSSInliningResult {
        let document = try HTMLDocument(parsing: html)
        let summary = inline(in: document)
        return CSSInliningResult(
            html: try document.serialized(), retainedCSS: summary.retainedCSS,
            inlinedSelectorCount: summary.inlinedSelectorCount, styledElementCount: summary.styledElementCount)
    }

    /// What inlining did to a document, besides changing it.
    struct Summary {
        var retainedCSS: String
        var inlinedSelectorCount: Int
        var styledElementCount: Int
    }

    /// Inlines the CSS of `document` in place.
    func inline(in document: HTMLDocument) -> Summary {
        var styleElements: [HTMLDocument.Node] = []
        document.forEachElement { node in
            if HTMLDocument.isElement(node, named: "style"),
                HTMLDocument.attribute("data-inline", of: node)?.lowercased() != "false"
            {
                styleElements.append(node)
            }
        }
        var plan = extraPlan
        for style in styleElements { plan.add(CSSStyleSheet(parsing: Self.stylesheetText(of: style))) }

        let (tree, nodes) = document.elementTree()
        let cascade = Cascade(tree: tree, plan: plan)
        var styles: [StyleKey: InlinedStyle?] = [:]
        var styledElementCount = 0
        for index in nodes.indices where cascade.isRendered(index) {
            let element = tree.elements[index]
            let key = StyleKey(
                elementName: element.name, selectors: cascade.matchingSelectors(index),
                inlineStyle: element.attribute("style") ?? "")
            if key.selectors.isEmpty && key.inlineStyle.isEmpty { continue }
            let style: InlinedStyle?
            if let known = styles[key] {
                style = known
            } else {
                style = inlinedStyle(key, cascade: cascade)
                styles[key] = style
            }
            guard let style else { continue }
            styledElementCount += 1
            HTMLDocument.setAttribute("style", to: style.attributeValue, on: nodes[index])
            for (name, value) in style.presentationalAttributes where element.attribute(name) == nil {
                HTMLDocument.setAttribute(name, to: value, on: nodes[index])
            }
        }

        styleElements.forEach(HTMLDocument.remove)
        let retainedCSS = plan.retainedCSS
        if !retainedCSS.isEmpty, let head = document.head() {
            document.appendElement("style", text: "\n\(retainedCSS)\n", to: head)
        }
        return Summary(
            retainedCSS: retainedCSS, inlinedSelectorCount: plan.inlinedSelectors.count,
            styledElementCount: styledElementCount)
    }

    /// What decides an element's inlined style: elements that agree on it get the same attributes, computed once.
    private struct StyleKey: Hashable {
        var elementName: String
        var selectors: [Int]
        var inlineStyle: String
    }

    /// The attributes written on an element.
    private struct InlinedStyle {
        var attributeValue: String
        /// Added only where the element does not have them already.
        var presentationalAttributes: [(String, String)]
    }

    /// `nil` when the element ends up with no declarations.
    private func inlinedStyle(_ key: StyleKey, cascade: Cascade) -> InlinedStyle? {
        let declarations = cascade.computedDeclarations(
            matching: key.selectors, inline: CSSDeclaration.parseList(key.inlineStyle))
        guard !declarations.isEmpty else { return nil }
        return InlinedStyle(
            attributeValue: InlineStyle.attributeValue(declarations),
            presentationalAttributes: options.addsPresentationalAttributes
                ? PresentationalAttributes.derive(elementName: key.elementName, declarations: declarations) : [])
    }

    /// The CSS of a `<style>` element; a `media` attribute other than `all` or `screen` makes it an `@media` rule,
    /// which is kept rather than inlined, as its rules only apply under that condition.
    private static func stylesheetText(of style: HTMLDocument.Node) -> String {
        let css = HTMLDocument.textContent(of: style)
        let media = (HTMLDocument.attribute("media", of: style) ?? "").trimmingCharacters(in: .whitespaces)
        guard !media.isEmpty, !["all", "screen"].contains(media.lowercased()) else { return css }
        return "@media \(media) {\n\(css)\n}"
    }
}

/// What `CSSInliner.inline(_:)` produced.
public struct CSSInliningResult: Sendable, Hashable {
    /// The document with inlined styles, serialised as HTML5 (`<!DOCTYPE html>`, UTF-8).
    public var html: String
    /// The CSS kept in the single `<style>` block (empty when everything was inlined).
    public var retainedCSS: String
    /// How many selectors were applied to elements.
    public var inlinedSelectorCount: Int
    /// How many elements received a `style` attribute.
    public var styledElementCount: Int
}
