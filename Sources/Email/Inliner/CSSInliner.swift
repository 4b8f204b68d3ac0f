import CLibXML2
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
            if options != oldValue { sharedStyles = SharedStyles() }
        }
    }

    /// `options.extraCSS` parsed and planned once, when the options are set: an inliner made once can then
    /// inline any number of emails, from several threads at once, without parsing that CSS again.
    private var extraPlan: InliningPlan
    /// The styles computed with `extraPlan` alone, for every email inlined with these options: the emails of one
    /// theme share their template, hence most of their styles.
    private var sharedStyles = SharedStyles()

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
            html: document.serialized(), retainedCSS: summary.retainedCSS,
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
        // A document's own stylesheets make its styles its own.
        let shared = styleElements.isEmpty ? sharedStyles : nil

        let tree = ElementTree(document, atoms: plan.atoms)
        let cascade = Cascade(tree: tree, plan: plan)
        // Every element is matched before any is changed: attribute selectors see the document as it came.
        var keys: [StyleKey: Int] = [:]
        var styles: [InlinedStyle?] = []
        var assignments: [(node: HTMLDocument.Node, style: Int)] = []
        var candidates: [Int32] = []
        var matching: [Int32] = []
        let elementKinds = PresentationalElement.kinds(in: tree.atoms)
        for index in tree.elements.indices where cascade.isRendered(index) {
            let element = tree.elements[index]
            cascade.matchingSelectors(index, candidates: &candidates, matching: &matching)
            let inlineStyle = HTMLDocument.attributeNode("style", of: element.node).map(HTMLDocument.value(of:)) ?? ""
            if matching.isEmpty && inlineStyle.isEmpty { continue }
            let key = StyleKey(
                element: elementKinds[Int(element.name)], selectors: matching, inlineStyle: inlineStyle)
            if let known = keys[key] {
                assignments.append((element.node, known))
            } else {
                keys[key] = styles.count
                assignments.append((element.node, styles.count))
                if let style = shared?.style(for: key) {
                    styles.append(style)
                } else {
                    let style = inlinedStyle(key, cascade: cascade)
                    shared?.add(style, for: key)
                    styles.append(style)
                }
            }
        }
        var styledElementCount = 0
        for (node, index) in assignments {
            guard let style = styles[index] else { continue }
            styledElementCount += 1
            style.attributeValue.withUnsafeBufferPointer { value in
                _ = xmlSetProp(node, Self.styleAttribute.utf8Start, value.baseAddress)
            }
            for (name, value) in style.presentationalAttributes where !HTMLDocument.hasAttribute(name, on: node) {
                HTMLDocument.setAttribute(name, to: value, on: node)
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

    private static let styleAttribute: StaticString = "style"

    /// What decides an element's inlined style: elements that agree on it get the same attributes, computed once.
    private struct StyleKey: Hashable, Sendable {
        /// The element name matters only for the presentational attributes.
        var element: PresentationalElement
        var selectors: [Int32]
        var inlineStyle: String
    }

    /// The attributes written on an element.
    private struct InlinedStyle: Sendable {
        /// NUL-terminated, for libxml2.
        var attributeValue: [UInt8]
        /// Added only where the element does not have them already.
        var presentationalAttributes: [(String, String)]
    }

    /// Styles shared by the emails an inliner inlines, from any thread; `nil` for an element without declarations.
    private final class SharedStyles: @unchecked Sendable {
        /// Enough for the styles of a theme; past that, an odd email's own combinations are not kept.
        private static let capacity = 4096
        private let lock = NSLock()
        private var styles: [StyleKey: InlinedStyle?] = [:]

        func style(for key: StyleKey) -> InlinedStyle?? {
            lock.withLock { styles[key] }
        }

        func add(_ style: InlinedStyle?, for key: StyleKey) {
            lock.withLock {
                if styles.count < Self.capacity { styles[key] = style }
            }
        }
    }

    /// `nil` when the element ends up with no declarations.
    private func inlinedStyle(_ key: StyleKey, cascade: Cascade) -> InlinedStyle? {
        let winners = cascade.computedDeclarations(
            matching: key.selectors, inline: CSSDeclaration.parseList(key.inlineStyle))
        guard !winners.isEmpty else { return nil }
        var value: [UInt8] = []
        for (index, winner) in winners.enumerated() {
            if index > 0 { value.append(UInt8(ascii: ";")) }
            value += winner.text
        }
        value.append(0)
        // Only some elements can have presentational attributes: the others skip deriving them.
        let derivesAttributes = options.addsPresentationalAttributes && key.element != .other
        return InlinedStyle(
            attributeValue: value,
            presentationalAttributes: derivesAttributes
                ? PresentationalAttributes.derive(elementName: key.element.name, declarations: winners.map(\.declaration))
                : [])
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
