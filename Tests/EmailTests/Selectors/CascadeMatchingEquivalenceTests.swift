import CLibXML2
import Testing

@testable import Email

/// The cascade only tries the selectors its buckets and ancestor filters leave, on names, classes and ids turned
/// into integers; this checks it against every selector matched the plain way, on strings read from libxml2, over
/// random documents and selectors.
@Suite("Selector matching against a plain matcher")
struct CascadeMatchingEquivalenceTests {
    private static let types = ["div", "p", "td", "a", "span", "table", "tr", "*"]
    private static let classes = ["a", "b", "c", "wrapper"]
    private static let pseudoClasses = [":first-child", ":last-child", ":only-child", ":nth-child(2n+1)", ":not(.a)"]
    private static let combinators = [" ", " > ", " + ", " ~ "]

    @Test func matchesWhatAPlainMatcherMatches() throws {
        var generator = SplitMix(seed: 7)
        var matchCount = 0
        for _ in 0..<60 {
            let selectors = (0..<40).compactMap { _ in CSSSelector(parsing: Self.randomSelector(using: &generator)) }
            let css = selectors.map { "\(Self.text(of: $0)) { color: red }" }.joined(separator: "\n")
            let plan = InliningPlan(stylesheets: [CSSStyleSheet(parsing: css)])
            let body = Self.randomMarkup(depth: 0, using: &generator)
            let document = try HTMLDocument(parsing: "<html><body>\(body)</body></html>")
            let tree = ElementTree(document, atoms: plan.atoms)
            let cascade = Cascade(tree: tree, plan: plan)
            var candidates: [Int32] = []
            var matching: [Int32] = []
            for (index, element) in tree.elements.enumerated() {
                cascade.matchingSelectors(index, candidates: &candidates, matching: &matching)
                let expected = selectors.indices.filter { Self.matches(selectors[$0].components[...], element.node) }
                #expect(matching.map(Int.init) == expected, "\(css) on element \(index)")
                matchCount += expected.count
            }
        }
        // The random selectors do match, often: the comparison is not between empty lists.
        #expect(matchCount > 1000)
    }

    private static func randomSelector(using generator: inout SplitMix) -> String {
        var text = ""
        for position in 0..<Int.random(in: 1...3, using: &generator) {
            if position > 0 { text += combinators.randomElement(using: &generator)! }
            text += types.randomElement(using: &generator)!
            if Bool.random(using: &generator) { text += "." + classes.randomElement(using: &generator)! }
            if Int.random(in: 0..<4, using: &generator) == 0 { text += pseudoClasses.randomElement(using: &generator)! }
        }
        return text
    }

    private static func randomMarkup(depth: Int, using generator: inout SplitMix) -> String {
        guard depth < 5 else { return "text" }
        return (0..<Int.random(in: 1...3, using: &generator)).map { _ in
            let name = ["div", "p", "span", "a", "em"].randomElement(using: &generator)!
            let classList = classes.filter { _ in Int.random(in: 0..<3, using: &generator) == 0 }.joined(separator: " ")
            return "<\(name) class=\"\(classList)\">\(randomMarkup(depth: depth + 1, using: &generator))</\(name)>"
        }.joined()
    }

    /// The selector written back: its compounds as the generator wrote them, for the stylesheet.
    private static func text(of selector: CSSSelector) -> String {
        selector.components.map { component in
            let combinator = switch component.combinator {
            case nil: ""
            case .descendant: " "
            case .child: " > "
            case .nextSibling: " + "
            case .subsequentSibling: " ~ "
            }
            return combinator + text(of: component.compound)
        }.joined()
    }

    private static func text(of compound: CSSCompoundSelector) -> String {
        compound.simpleSelectors.map { simple in
            switch simple {
            case .type(let name): name
            case .universal: "*"
            case .class(let name): "." + name
            case .pseudoClass(.firstChild): ":first-child"
            case .pseudoClass(.lastChild): ":last-child"
            case .pseudoClass(.onlyChild): ":only-child"
            case .pseudoClass(.nthChild): ":nth-child(2n+1)"
            case .pseudoClass(.not(let compounds)): ":not(\(compounds.map(text(of:)).joined(separator: ", ")))"
            default: ""
            }
        }.joined()
    }

    /// Whether the compounds match with the last one on `node`, by backtracking over every candidate.
    private static func matches(_ components: ArraySlice<CSSSelector.Component>, _ node: HTMLDocument.Node) -> Bool {
        guard let last = components.last, matches(last.compound, node) else { return false }
        let rest = components.dropLast()
        guard !rest.isEmpty else { return true }
        var candidate = last.combinator == .descendant || last.combinator == .child
            ? parentElement(of: node) : previousElement(of: node)
        while let current = candidate {
            if matches(rest, current) { return true }
            switch last.combinator {
            case .descendant: candidate = parentElement(of: current)
            case .subsequentSibling: candidate = previousElement(of: current)
            default: candidate = nil
            }
        }
        return false
    }

    private static func matches(_ compound: CSSCompoundSelector, _ node: HTMLDocument.Node) -> Bool {
        let siblings = elementSiblings(of: node)
        let position = siblings.firstIndex(of: node)! + 1
        return compound.simpleSelectors.allSatisfy { simple in
            switch simple {
            case .type(let name): HTMLDocument.name(of: node) == name
            case .universal: true
            case .class(let name):
                (HTMLDocument.attribute("class", of: node) ?? "").split(whereSeparator: \.isWhitespace)
                    .contains { $0 == name }
            case .pseudoClass(.firstChild): position == 1
            case .pseudoClass(.lastChild): position == siblings.count
            case .pseudoClass(.onlyChild): siblings.count == 1
            case .pseudoClass(.nthChild(let expression)): expression.matches(position: position)
            case .pseudoClass(.not(let compounds)): !compounds.contains { matches($0, node) }
            default: false
            }
        }
    }

    private static func parentElement(of node: HTMLDocument.Node) -> HTMLDocument.Node? {
        guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return parent
    }

    private static func previousElement(of node: HTMLDocument.Node) -> HTMLDocument.Node? {
        var previous = node.pointee.prev
        while let current = previous, current.pointee.type != XML_ELEMENT_NODE { previous = current.pointee.prev }
        return previous
    }

    private static func elementSiblings(of node: HTMLDocument.Node) -> [HTMLDocument.Node] {
        var siblings: [HTMLDocument.Node] = []
        var current = node.pointee.parent?.pointee.children
        while let sibling = current {
            if sibling.pointee.type == XML_ELEMENT_NODE { siblings.append(sibling) }
            current = sibling.pointee.next
        }
        return siblings
    }
}
