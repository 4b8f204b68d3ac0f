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

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Inlines the CSS of `html` and returns the document serialised as HTML5.
    public func inline(_ html: String) throws(EmailHTMLError) -> CSSInliningResult {
        let document = try HTMLDocument(parsing: html)
        let styleElements = document.elements.filter {
            HTMLDocument.name(of: $0) == "style"
                && HTMLDocument.attribute("data-inline", of: $0)?.lowercased() != "false"
        }
        let sheets = [options.extraCSS] + styleElements.map(Self.stylesheetText(of:))
        let plan = InliningPlan(stylesheets: sheets.map(CSSStyleSheet.init(parsing:)))

        let (tree, nodes) = document.elementTree()
        let cascade = Cascade(tree: tree, plan: plan)
        var styledElementCount = 0
        for index in nodes.indices where cascade.isRendered(index) {
            let inlineDeclarations = CSSDeclaration.parseList(tree.elements[index].attribute("style") ?? "")
            let declarations = cascade.computedDeclarations(for: index, inline: inlineDeclarations)
            guard !declarations.isEmpty else { continue }
            styledElementCount += 1
            HTMLDocument.setAttribute("style", to: InlineStyle.attributeValue(declarations), on: nodes[index])
            if options.addsPresentationalAttributes {
                addPresentationalAttributes(declarations, element: tree.elements[index], node: nodes[index])
            }
        }

        styleElements.forEach(HTMLDocument.remove)
        let retainedCSS = plan.retainedCSS
        if !retainedCSS.isEmpty, let head = document.head() {
            document.appendElement("style", text: "\n\(retainedCSS)\n", to: head)
        }
        return CSSInliningResult(
            html: try document.serialized(), retainedCSS: retainedCSS,
            inlinedSelectorCount: plan.inlinedSelectors.count, styledElementCount: styledElementCount)
    }

    /// The CSS of a `<style>` element; a `media` attribute other than `all` or `screen` makes it an `@media` rule,
    /// which is kept rather than inlined, as its rules only apply under that condition.
    private static func stylesheetText(of style: HTMLDocument.Node) -> String {
        let css = HTMLDocument.textContent(of: style)
        let media = (HTMLDocument.attribute("media", of: style) ?? "").trimmingCharacters(in: .whitespaces)
        guard !media.isEmpty, !["all", "screen"].contains(media.lowercased()) else { return css }
        return "@media \(media) {\n\(css)\n}"
    }

    private func addPresentationalAttributes(
        _ declarations: [CSSDeclaration], element: ElementTree.Element, node: HTMLDocument.Node
    ) {
        let derived = PresentationalAttributes.derive(elementName: element.name, declarations: declarations)
        for (name, value) in derived where element.attribute(name) == nil {
            HTMLDocument.setAttribute(name, to: value, on: node)
        }
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
